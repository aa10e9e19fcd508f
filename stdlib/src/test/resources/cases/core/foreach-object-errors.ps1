# Member names that match several members, or no method.
'{"Alpha":1,"Alps":2}' | ConvertFrom-Json | ForEach-Object Al*
'abc' | ForEach-Object NoSuchMethod 1
$null | ForEach-Object ToString 1
'done'
