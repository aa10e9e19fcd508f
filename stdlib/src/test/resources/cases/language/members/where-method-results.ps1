# .Where() returns a collection even for one or no result; it works on scalars too.
$r = (1..3).Where({ $_ -eq 2 })
$r.Count
$r.GetType().Name
(1..3).Where({ $false }).Count
(5).Where({ $_ -gt 1 })
@(1, 2, 3).Where({ $_ -gt 1 }, 'Default', 1)
