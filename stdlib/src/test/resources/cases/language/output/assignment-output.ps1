# An assignment outputs nothing unless parenthesized.
$x = 5
($y = 6)
$z = ($w = 7) + 1
$z
$w
