# An int meeting a long or a double widens to the other's type, in the same node whatever came first:
# each line runs its operator over pairs of every mix, so a node specialized by one pair sees the others.
function Show($value) { '{0} {1}' -f $value, $value.GetType().Name }
$pairs = @(
    @(3, 2), @([long]3, 2), @(3, [long]2), @([long]3, [long]2), @(3, 2.5), @(2.5, 3), @([long]3, 2.5)
)
foreach ($p in $pairs) { Show ($p[0] + $p[1]) }
foreach ($p in $pairs) { Show ($p[0] - $p[1]) }
foreach ($p in $pairs) { Show ($p[0] * $p[1]) }
foreach ($p in $pairs) { Show ($p[0] / $p[1]) }
foreach ($p in $pairs) { Show ($p[0] % $p[1]) }
foreach ($p in $pairs) { "$($p[0] -lt $p[1]) $($p[0] -ge $p[1])" }
# overflow still widens to double, from either operand order
Show ([long]::MaxValue + 1)
Show (1 + [long]::MaxValue)
Show ([long]::MaxValue * 2)
Show (2 * [long]::MaxValue)
Show ([int]::MaxValue + 1)
Show ([long]6 / 3)
Show (7 / [long]2)
