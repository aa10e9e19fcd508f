# "$x.y" expands only $x; the rest is literal text.
$x = 'abc'
"$x.Length"
"$($x.Length)"
$a = 'p', 'q'
"$a[0]"
"$($a[0])"
$h = @{ k = 'v' }
"$h.k" -like 'System.Collections.Hashtable.k'
"$($h.k)"
