# Custom objects compare by reference.
$a = [pscustomobject]@{ x = 1 }
$b = [pscustomobject]@{ x = 1 }
$a -eq $b
$a -eq $a
$c = $a
$c.x = 9
$a.x
