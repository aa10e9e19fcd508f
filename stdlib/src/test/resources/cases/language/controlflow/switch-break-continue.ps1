# break leaves the switch; continue goes on with the next element.
switch (1, 2, 3, 4) {
    2 { 'two, continue'; continue }
    { $_ -ge 2 } { "at least two: $_" }
    3 { 'three, break'; break }
    default { "default: $_" }
}
'after the switch'
