Write-Output first
Get-Nothing -Quickly
Write-Output never
