# Here-strings: content starts on the next line, the last newline is not part of it; @" expands, @' does not.
$name = 'world'
$a = @"
Hello $name
  "quotes" and 'quotes'
"@
$a
$a.Split("`n").Count
$b = @'
Hello $name
'@
$b
@"
"@.Length
