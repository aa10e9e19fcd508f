# Get-Content -AsByteStream: bytes, not lines (pwsh 7's replacement for -Encoding Byte)
[System.IO.File]::WriteAllBytes("$PWD/data.bin", [byte[]](0xEF, 0xBB, 0xBF, 65, 10, 200))
$bytes = Get-Content data.bin -AsByteStream
$bytes.Count
$bytes[0].GetType().FullName
$bytes -join ','
(Get-Content data.bin -AsByteStream -TotalCount 2) -join ','
(Get-Content data.bin -AsByteStream -Tail 2) -join ','
$raw = Get-Content data.bin -AsByteStream -Raw
$raw.GetType().FullName
$raw.Length
Get-Content data.bin -AsByteStream -ReadCount 4 | ForEach-Object { $_ -join ' ' }
(Get-Content data.bin -AsByteStream -ReadCount 0).Count
# the text reading of the same file drops the byte-order mark
(Get-Content data.bin)[0]
