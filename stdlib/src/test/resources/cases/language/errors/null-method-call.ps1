# Calling a method on $null is a statement-terminating error.
$n = $null
$n.ToUpper()
'after'
