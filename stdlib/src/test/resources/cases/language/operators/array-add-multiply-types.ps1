# An array plus anything is a new object[], whatever the left array's element type (pwsh's AddObject/AddEnumerable)
[int[]]$a = 1, 2, 3
$b = $a + 4
$b.GetType().Name
$b -join ','
[string[]]$s = 'a', 'b'
$t = $s + 1
$t.GetType().Name
$t -join ','
# a typed variable converts the new array back, failing on an element that does not convert
$a += 5
$a.GetType().Name
$a -join ','
try { $a += 'x' } catch { 'error' }
$a -join ','
# an enumerable on the right adds its elements
$l = [System.Collections.Generic.List[int]]@(3, 4)
$r = (1, 2) + $l
$r.Count
$r = $s + $l
$r.Count
# ...but a hashtable is one element
(@(1) + @{ a = 1 }).Count
# repeating an array keeps its element type; once is the array itself; the count is a UInt32
([int[]](1, 2) * 2).GetType().Name
$x = 1, 2
[object]::ReferenceEquals($x, $x * 1)
($l * 2).GetType().Name
try { @(1) * -1 } catch { $_.Exception.Message }
try { 'ab' * -1 } catch { $_.Exception.Message }
