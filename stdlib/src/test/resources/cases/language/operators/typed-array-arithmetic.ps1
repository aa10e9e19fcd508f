# An array plus anything is a new object[], also for a typed array (no longer an internal error)
$t = [int[]](1, 2)
$u = $t + 'x'
$u.GetType().Name
"$u"
$u = $t + 3
$u.GetType().Name
$s = [string[]]('a') + 1
$s.GetType().Name
# a type-constrained variable converts the sum back to its type
[int[]]$c = 1, 2
$c += '3'
$c.GetType().Name
"$c"
# an enumerable right operand gives its elements, a hashtable is one element
$r = @(1) + [System.Collections.Generic.List[int]]@(2, 3)
$r.Count
$r = @(1) + @{ a = 1 }
$r.Count
# an array times n keeps its element type; a negative count is a conversion error
(([string[]]('a', 'b')) * 2).GetType().Name
(([int[]](1, 2)) * 3) -join ','
$a = 1, 2
[object]::ReferenceEquals($a, $a * 1)
try { $null = $a * -1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
