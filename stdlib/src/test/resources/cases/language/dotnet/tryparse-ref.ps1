$n = 0
[int]::TryParse('42', [ref]$n)
$n
$n.GetType().Name
[int]::TryParse('nope', [ref]$n)
$n
$d = 0.0
[double]::TryParse('2.5', [ref]$d)
$d
$g = $null
[guid]::TryParse('00000000-0000-0000-0000-000000000001', [ref]$g)
$g.ToString()
$r = [ref]$n
$r.Value
