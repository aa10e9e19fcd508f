# Scalars have Count and Length 1, $null has 0; indexing a scalar with [0] gives it back.
(5).Count
'abc'.Count
$null.Count
(5)[0]
$x = 'hello'
$x[0]
$n = $null
$n.Length
@($null).Count
