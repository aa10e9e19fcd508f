# [Nullable[T]]: a value converts as T's would, and $null stays $null.
[System.Nullable[System.Int32]] $n = $false
$n
$n.GetType().FullName
$n = $null
$null -eq $n
$n = '42'
$n + 1
[Nullable[datetime]]$d = $null
$null -eq $d
5 -is [Nullable[int]]
'x' -is [Nullable[int]]
function g { param([Nullable[int]] $p) if ($null -eq $p) { 'none' } else { $p * 2 } }
g
g 21
