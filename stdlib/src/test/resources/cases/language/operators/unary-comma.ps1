# Unary comma wraps a value in a one-element array.
$a = , 5
$a.Count
$a.GetType().Name
$n = , (1, 2)
$n.Count
$n[0].Count
