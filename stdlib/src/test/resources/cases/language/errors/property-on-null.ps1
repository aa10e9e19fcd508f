# Setting a property of $null is an error.
$h = @{}
$h.a.b = 1
'after'
