# Get-FileHash: algorithms, -LiteralPath, wildcards and pipeline input, -InputStream, errors that let the rest go on
Set-Content -Path a.txt -Value 'hello' -NoNewline
New-Item -ItemType File empty.bin | Out-Null
New-Item -ItemType Directory sub | Out-Null
Get-FileHash a.txt | Format-List
(Get-FileHash a.txt -Algorithm MD5).Hash
(Get-FileHash -LiteralPath a.txt -Algorithm sha1).Algorithm
(Get-FileHash a.txt SHA512).Hash.Length
(Get-FileHash empty.bin).Hash
Get-ChildItem *.txt | Get-FileHash | ForEach-Object { Split-Path $_.Path -Leaf }
(Get-FileHash *.bin, *.txt).Count
$ms = [System.IO.MemoryStream]::new([Text.Encoding]::UTF8.GetBytes('hello'))
$h = Get-FileHash -InputStream $ms; $h.Hash; $null -eq $h.Path
Get-FileHash missing.txt, a.txt | ForEach-Object Algorithm
Get-FileHash sub
(Get-Command Get-FileHash).ModuleName
