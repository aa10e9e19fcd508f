Write-Output a b | Out-String
Write-Output a b | Out-String -NoNewline
Write-Output a b | Out-String -Stream
Write-Output 1 2 3 | Out-Null
Write-Output 1 2 | Format-Table
Write-Output 3 | Format-List | Out-String -Stream
Write-Output 4 | Format-Wide | Out-Host
Write-Output 5 | Out-Default
