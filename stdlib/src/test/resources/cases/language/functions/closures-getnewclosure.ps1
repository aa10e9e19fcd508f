# GetNewClosure copies the current scope's variables; later changes are not seen.
$x = 1
$sb = { "x=$x" }.GetNewClosure()
$x = 2
& $sb
& { "x=$x" }
function Make($n) { { param($m) $n * $m }.GetNewClosure() }
$times3 = Make 3
& $times3 5
