Write-Output first
Get-Nothing -Quickly
