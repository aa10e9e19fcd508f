# Get-Help of cmdlets, which have no help files: their syntax from their parameter sets
Get-Help Stop-Process
Get-Help Read-Host -Detailed
(Get-Help Get-Job).Synopsis
