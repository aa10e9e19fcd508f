# [pscustomobject] on a hash literal keeps the literal's key order.
$o = [pscustomobject]@{ z = 1; a = 2; m = 3 }
$o | ConvertTo-Json -Compress
"$o"
$o.GetType().Name
$o -is [pscustomobject]
