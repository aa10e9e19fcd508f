# Format-Hex of files: 16-byte rows from -Offset, at most -Count bytes, labelled by the file's path; -LiteralPath,
# wildcards, files piped in as FileInfo objects
[System.IO.File]::WriteAllBytes("$PWD/data.bin", [byte[]](0..49))
Set-Content -LiteralPath 'a[1].txt' -Value 'square' -NoNewline
Set-Content -Path notes.txt -Value "first line`nsecond" -NoNewline
Format-Hex data.bin
Format-Hex -Path data.bin -Offset 10 -Count 20
Format-Hex -LiteralPath 'a[1].txt'
Format-Hex -Path 'a`[1`].txt' -Count 3
Format-Hex -Path data.bin -Offset 100
$rows = Format-Hex data.bin -Offset 40
$rows.Count
$rows[0].Offset64
$rows[0].Path -eq "$PWD/data.bin"
$rows[0].Label -eq $rows[0].Path
"[$($rows[0])]"
Get-Item notes.txt | Format-Hex
Format-Hex *.txt | ForEach-Object { Split-Path $_.Path -Leaf } | Select-Object -Unique
'before' | Format-Hex
