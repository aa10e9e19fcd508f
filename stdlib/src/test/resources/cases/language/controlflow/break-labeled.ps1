# A labelled break leaves the loop with that label, however deeply nested it is.
:outer foreach ($i in 1..3) {
    foreach ($j in 1..3) {
        if ($i -eq 2 -and $j -eq 2) { break outer }
        "$i,$j"
    }
}
'after outer'
# Labels ignore case; an unlabelled break leaves only the innermost loop.
:Rows for ($r = 0; $r -lt 2; $r = $r + 1) {
    while ($true) { break }
    do { if ($r -eq 1) { break ROWS } } while ($false)
    "row $r"
}
"r=$r"
