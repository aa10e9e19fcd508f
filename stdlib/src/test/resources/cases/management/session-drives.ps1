# The Env:, Variable:, Function: and Alias: drives through the item cmdlets
$env:JPOSH_CASE_A = 'alpha'
$env:JPOSH_CASE_B = 'beta'
Get-ChildItem env:JPOSH_CASE_*
Get-ChildItem env: | Where-Object Name -like 'JPOSH_CASE_*' | ForEach-Object Value
Get-ChildItem env:JPOSH_CASE_* -Name
Test-Path env:JPOSH_CASE_A
Test-Path Env:\JPOSH_CASE_A
Test-Path env:JPOSH_CASE_NONE
Test-Path env:
Test-Path env: -PathType Leaf
(Get-Item env:JPOSH_CASE_A).Value
(Get-Item Microsoft.PowerShell.Core\Environment::JPOSH_CASE_A).PSPath
Get-Content env:JPOSH_CASE_B
Set-Item env:JPOSH_CASE_B -Value 'changed'
$env:JPOSH_CASE_B
Set-Item -Path env:JPOSH_CASE_C -Value 'created' -PassThru | ForEach-Object Name
Remove-Item env:JPOSH_CASE_A
Test-Path env:JPOSH_CASE_A
$env:JPOSH_CASE_A -eq $null
New-Item -Path env: -Name JPOSH_CASE_D -Value 'new' | ForEach-Object Value
New-Item env:JPOSH_CASE_D -Value 'again'
Get-Item env:JPOSH_CASE_MISSING

"--- Variable:"
$numbers = 1, 2, 3
Get-Content variable:numbers
Get-ChildItem variable:numbers | Format-Table Name, Value, PSPath
Test-Path variable:numbers
Set-Item variable:numbers -Value 'one'
$numbers
Remove-Item variable:numbers
Test-Path variable:numbers
Set-Variable -Name fixed -Value 1 -Option ReadOnly
Remove-Item variable:fixed
Remove-Item variable:fixed -Force
Test-Path variable:fixed

"--- Function:"
function Get-Answer { 42 }
Get-ChildItem function:Get-Answer | Format-Table CommandType, Name, PSDrive
(Get-Content function:Get-Answer).ToString().Trim()
Set-Item function:Get-Other { 'other' }
Get-Other
Remove-Item function:Get-Answer
Test-Path function:Get-Answer
Get-Answer

"--- Alias:"
Set-Item alias:answer -Value Get-Other
answer
Get-ChildItem alias:answer | Format-Table CommandType, DisplayName, PSProvider
(Get-Item alias:gci).Definition
Get-Content alias:answer
Remove-Item alias:answer
Test-Path alias:answer
Remove-Item alias:gci
Set-Item -Path ./file.txt -Value 1
