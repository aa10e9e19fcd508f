# a ?? b is a unless a is $null; b is evaluated only then.
$null ?? 'default'
$unset ?? 'unset variable'
0 ?? 'not chosen'
$false ?? 'not chosen'
'' ?? 'not chosen'
$zero = 0
'value' ?? (1 / $zero)
$a = $null
$b = $null
$a ?? $b ?? 'last'
$x = @() ?? 'not chosen'
"empty array kept: $($x.Count)"
