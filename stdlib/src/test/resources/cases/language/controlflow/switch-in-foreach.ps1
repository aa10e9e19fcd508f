# break and continue in a switch act on the switch, not on the loop around it.
foreach ($i in 1..3) {
    switch ($i) {
        2 { continue }
        3 { break }
    }
    "after switch, i=$i"
}
# A labelled break reaches the loop through the switch.
:loop foreach ($i in 1..3) {
    switch ($i) { 2 { break loop } }
    "i=$i"
}
'done'
