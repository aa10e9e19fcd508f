# Indexing $null is an error; an index past the end of an array is $null.
$a = 1, 2
$null -eq $a[5]
$n = $null
$n[0]
'after'
