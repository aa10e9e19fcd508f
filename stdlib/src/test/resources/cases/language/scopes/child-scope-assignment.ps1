# Assignment in a child scope creates a local; the parent's variable is unchanged.
$x = 'outer'
& { $x = 'inner'; $x }
$x
. { $x = 'dotted' }
$x
function SetScript { $script:x = 'via script' }
SetScript
$x
