# Format-Hex's errors: missing files (by path, literal path or wildcard), paths of other providers, a directory,
# input types it cannot show, $null, bad -Count/-Offset/-Encoding, the obsolete -Raw
Set-Content -Path a.txt -Value 'abc' -NoNewline
New-Item -ItemType Directory sub | Out-Null
Format-Hex missing.bin, a.txt | ForEach-Object HexBytes
Format-Hex -LiteralPath missing.bin
Format-Hex -LiteralPath nodir/missing.bin
Format-Hex *.nothing
Format-Hex env:PATH
Format-Hex sub, a.txt | ForEach-Object HexBytes
'after the directory'
@{ a = 1 } | Format-Hex
Format-Hex -InputObject 1, 2
Format-Hex -InputObject ([byte[]]@())
1, 2.5d, 3 | Format-Hex | ForEach-Object HexBytes
$null | Format-Hex
Format-Hex -InputObject abc -Count 0
Format-Hex -InputObject abc -Offset -1
'abc' | Format-Hex -Encoding nosuchencoding
'abc' | Format-Hex -Raw | ForEach-Object HexBytes
