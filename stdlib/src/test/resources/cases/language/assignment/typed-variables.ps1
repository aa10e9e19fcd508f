[int]$n = '42'
$n = '7'
$n.GetType().Name
$n + 1
[string]$s = 5
$s.GetType().Name
$x = ($y = 3) + 1
"$x $y"
