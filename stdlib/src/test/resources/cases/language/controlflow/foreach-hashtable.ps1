# A hashtable is a single object to foreach, not a collection of its entries.
$h = @{ a = 1; b = 2; c = 3 }
$n = 0
foreach ($x in $h) { $n = $n + 1; $x.Count }
"iterations: $n"
$keys = 0
foreach ($k in $h.Keys) { $keys = $keys + 1 }
"keys: $keys"
