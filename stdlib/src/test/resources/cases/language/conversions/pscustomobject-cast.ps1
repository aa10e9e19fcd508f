# [pscustomobject] on a hash literal keeps the literal's key order.
$o = [pscustomobject]@{ z = 1; a = 2; m = 3 }
$o.psobject.Properties.Name
"$o"
$o.GetType().Name
$o -is [pscustomobject]
