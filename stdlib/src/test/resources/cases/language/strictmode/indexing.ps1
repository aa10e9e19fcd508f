$a = 1, 2, 3
$list = [System.Collections.ArrayList]::new(@(1, 2))
$ordered = [ordered]@{ a = 1 }
Set-StrictMode -Version 2
# Up to version 2 an index out of range gives nothing.
"v2: [$($a[10])] [$($a[-10])] [$('abc'[5])] [$($list[7])] [$($a[0, 10])]"
# A scalar is a collection of itself: [0] and [-1] are the object; other indexes fail from version 2.
"scalar: $((5)[0]) $((5)[-1])"
try { (5)[1] } catch { "scalar index: $($_.FullyQualifiedErrorId): $_" }

Set-StrictMode -Version 3
"in range: $($a[0]) $($a[-1]) $('abc'[1]) $($list[1]) $($ordered[0])"
try { $a[3] } catch { "array: $($_.FullyQualifiedErrorId): $_" }
try { $a[-4] } catch { "negative: $_" }
try { 'abc'[3] } catch { "string: $_" }
try { $list[2] } catch { "list: $($_.FullyQualifiedErrorId): $_" }
try { $ordered[1] } catch { "ordered: $_" }
try { $a[0, 5] } catch { "slice: $_" }
"hashtable key: [$(@{ a = 1 }['b'])]"

Set-StrictMode -Version Latest
try { $a[3] } catch { "latest: $_" }
Set-StrictMode -Off
"off: [$($a[3])] [$((5)[1])]"
