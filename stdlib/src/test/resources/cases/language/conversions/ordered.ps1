# [ordered] keeps insertion order and supports positional indexing.
$h = [ordered]@{ b = 1; a = 2 }
$h['c'] = 3
$h.Keys -join ','
$h[0]
$h[2]
$h.Remove('b')
$h.Keys -join ','
$h.Contains('A')
