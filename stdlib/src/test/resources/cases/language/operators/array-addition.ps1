# + and * on arrays make new arrays; += rebuilds the array.
$a = 1, 2
$b = $a + 3
$a.Count
$b.Count
(@(1, 2) + @(3, 4)).Count
(@(1, 2) * 2) -join ','
$c = $a
$c += 9
$a.Count
$c.Count
(@() + 1).GetType().Name
