Write-Output a | Out-String -Stream -NoNewline
