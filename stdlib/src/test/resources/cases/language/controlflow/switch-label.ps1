# A switch can carry a label, so a loop inside a clause can leave it.
:sw switch (1, 2, 3) {
    default {
        foreach ($j in 1..3) {
            if ($_ -eq 2) { break sw }
            if ($j -eq 2) { continue sw }
            "$_,$j"
        }
    }
}
'done'
