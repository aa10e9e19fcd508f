$a, $b = 1, 2
"$a $b"
$a, $b = 1, 2, 3, 4
$b.Count
$a, $b, $c = 1, 2
"[$c]"
$first, $rest = 'x'
"$first [$rest]"
$a, $b = $b, $a
"$($a -join ',') | $b"
