$n = 10
$n += 5
$n -= 3
$n *= 2
$n /= 4
$n %= 4
$n
$s = 'ab'
$s += 'cd'
$s
$arr = 1, 2
$arr += 3
$arr -join ','
$h = @{ a = 1 }
$h += @{ b = 2 }
$h.Count
$v = $null
$v ??= 'default'
$v ??= 'other'
$v
