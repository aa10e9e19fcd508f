# Expandable strings: variables, subexpressions, $OFS, braces and escapes.
$x = 5
$y = 'two'
"x is $x and y is $y"
"next: $($x + 1); {braces} {0}"
"list: $(1, 2, 3)"
$a = 'p', 'q'
"joined: $a"
$OFS = '-'
"joined: $a"
"tab`there, dollar `$x, nothing: [$missing]"
"$x$y"
@"
here $y
"@
