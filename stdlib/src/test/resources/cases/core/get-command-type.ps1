# Get-Command -CommandType without -Name lists the commands of those kinds only
function Test-One { }
filter Test-Two { $_ }
$functions = Get-Command -CommandType Function
$functions.CommandType | Sort-Object -Unique
'Test-One' -in $functions.Name
'Test-Two' -in $functions.Name
'Get-Item' -in $functions.Name
(Get-Command -CommandType Filter).Name -contains 'Test-Two'
(Get-Command -CommandType Cmdlet).CommandType | Sort-Object -Unique
(Get-Command -CommandType Function, Filter).CommandType | Sort-Object -Unique
$aliases = Get-Command -CommandType Alias
$aliases.CommandType | Sort-Object -Unique
'gci' -in $aliases.Name
