function New-Counter {
    $count = 100
    { $count = $count + 1; $count }.GetNewClosure()
}
$c = New-Counter
& $c
& $c
$count = 5
$plain = { $count }
$closed = $plain.GetNewClosure()
$count = 6
& $plain
& $closed
