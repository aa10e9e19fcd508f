Write-Host hello world
Write-Host a b c -Separator ', '
Write-Host -NoNewline one
Write-Host two
Write-Host -ForegroundColor Red -BackgroundColor White plain
Write-Host
Write-Host (Write-Output x y) z
