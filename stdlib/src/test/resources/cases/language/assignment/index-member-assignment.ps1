$arr = 1, 2, 3
$arr[0] = 10
$arr[-1] = 30
$arr -join ','
$h = @{}
$h['one'] = 1
$h.two = 2
$h['ONE']
$h.Count
$o = [pscustomobject]@{ Name = 'a' }
$o.Name = 'b'
$o.Name
$h.three += 3
$h.three
$arr[1] += 5
$arr[1]
