# A hashtable enumerates its entries only through GetEnumerator(), Keys or Values.
$h = [ordered]@{ a = 1; b = 2 }
foreach ($e in $h.GetEnumerator()) { "$($e.Key)=$($e.Value)" }
$h.GetEnumerator() | ForEach-Object { $_.Name }
($h.Values | Measure-Object -Sum).Sum
$n = 0
foreach ($x in $h) { $n++ }
$n
