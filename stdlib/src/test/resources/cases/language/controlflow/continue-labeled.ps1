# A labelled continue goes on with the next iteration of the loop with that label.
:outer foreach ($i in 1..3) {
    foreach ($j in 1..3) {
        if ($j -eq 2) { continue outer }
        "$i,$j"
    }
    'not printed'
}
$k = 0
:counting while ($k -lt 3) {
    $k = $k + 1
    for ($m = 0; $m -lt 5; $m = $m + 1) { if ($m -eq 1) { continue counting }; "k=$k m=$m" }
}
