Write-Output first
Get-Nothing -Quickly
Write-Output next
