# Assigning a property a custom object does not have is an error; existing ones can be set.
$o = [pscustomobject]@{ a = 1 }
$o.a = 5
$o.a
$o.b = 2
'after'
