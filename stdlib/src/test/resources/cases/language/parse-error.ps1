'this line never runs'
$x = 3 *
