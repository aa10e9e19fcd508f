# Integer arithmetic that overflows becomes double, never wraps.
$r = [int]::MaxValue + 1
$r
$r.GetType().Name
([int]::MinValue - 1).GetType().Name
$big = [long]::MaxValue + 1
$big.GetType().Name
(100000 * 100000).GetType().Name
100000 * 100000
(2147483647 + 1L).GetType().Name
