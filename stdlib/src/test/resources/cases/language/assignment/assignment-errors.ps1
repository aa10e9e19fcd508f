[int]$n = 1
$n = 'abc'
$n
$arr = 1, 2
$arr[5] = 1
'done'
