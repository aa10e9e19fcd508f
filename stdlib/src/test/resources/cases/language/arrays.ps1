# Array literals, @() and $(): output unrolls one level; JSON shows the structure kept.
1, 2, 3
$a = 'x', 'y'
$a
ConvertTo-Json -Compress -InputObject (1, (2, 3))
ConvertTo-Json -Compress -InputObject (, 5)
ConvertTo-Json -Compress -InputObject @(7)
ConvertTo-Json -Compress -InputObject @()
ConvertTo-Json -Compress -InputObject @(1, 2; 3)
ConvertTo-Json -Compress -InputObject @(Write-Output 4 5)
$(1 + 1)
$b = $(Write-Output 8; 9)
ConvertTo-Json -Compress -InputObject $b
ConvertTo-Json -Compress -InputObject $(Write-Output 6)
Write-Host (1, 2, 3)
