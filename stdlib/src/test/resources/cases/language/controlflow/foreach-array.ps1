# foreach goes through each element; the variable keeps the last one afterwards.
foreach ($x in 1, 'two', 3.5) { "x=$x" }
"after: $x"
foreach ($x in @(1, $null, 3)) { "[$x]" }
$list = 'a', 'b'
foreach ($item in $list) { $item.ToUpper() }
