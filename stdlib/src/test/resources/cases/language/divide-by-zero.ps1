'before'
$x = 1
$y = $x / 0

'continues after the error'
