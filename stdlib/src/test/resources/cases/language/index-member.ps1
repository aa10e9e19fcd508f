# Indexing, member access and method calls.
$a = 10, 20, 30, 40
$a[0]
$a[-1]
$a[1..2]
$a[0, -1]
$a[9]
'---'
'hello'[1]
$h = @{ k = 'v' }
$h['K']
$h.k
$o = [ordered]@{ first = 1; second = 2 }
$o[1]
$s = 'Hello'
$s.Length
$s.ToUpper()
$s.Substring(1, 3)
$a.Length
$p = [pscustomobject]@{ Name = 'n1'; Size = 3 }
$p.Name
$p.Size * 2
[math]::Round(2.5)
[math]::Round(3.5)
[int]::MaxValue
'a,b'.Split(',')[1]
$null?.Name
$m = 'Name'
$p.$m
(1, 2, 3).Count
