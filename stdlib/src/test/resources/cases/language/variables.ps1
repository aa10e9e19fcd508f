$x = 5
$y = $x * 2
$y
$X
$greeting = 'hello'
$greeting + ' world'
$nothing
$z = Write-Output 1 2 3
$z
$null
$true
