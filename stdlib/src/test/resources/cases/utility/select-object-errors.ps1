# Errors that end one object's processing, and a name that is already selected.
$o = '{"Name":"Ann","Age":31}' | ConvertFrom-Json
$o | Select-Object -ExpandProperty Missing
$o | Select-Object -ExpandProperty *
$o | Select-Object Name, @{ n = 'Name'; e = 'Age' } | Out-String
$null = $o | Select-Object @{ n = 'X'; e = '*' }
'done'
