New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5
New-TimeSpan -Start '2024-01-01' -End '2024-03-01 12:00'
Write-Output 1 1 2 2 2 3 1 | Get-Unique
Write-Output 'a' 'A' 'b' | Get-Unique
Write-Output 'a' 'A' 'b' | Get-Unique -CaseInsensitive
Write-Output 1 '1' 2.0 2 | Get-Unique -OnType
Start-Sleep -Milliseconds 20
Start-Sleep 0.01
Get-Random -Minimum 5 -Maximum 6
Get-Random -Minimum 5000000000 -Maximum 5000000001
Get-Random -InputObject 'only'
Write-Output 'x' | Get-Random
Get-Random -Minimum 10 -Maximum 5
