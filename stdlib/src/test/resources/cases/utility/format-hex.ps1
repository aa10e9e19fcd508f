# Format-Hex of input objects: strings (UTF-8 unless -Encoding), numbers as their little-endian bytes gathered into
# one group while they keep their type, byte arrays, rows of 16 bytes, -Offset/-Count, the ByteCollection's members
'Hello World' | Format-Hex
'Hello', 'World' | Format-Hex
'héllo €' | Format-Hex
'héllo €' | Format-Hex -Encoding unicode
'héllo €' | Format-Hex -Encoding ascii
'The quick brown fox jumps over the lazy dog' | Format-Hex
1, 2, 3 | Format-Hex
[long]1, [long]-2, 3, [double]1.5, [float]-2.5 | Format-Hex
[int16]-2, [uint16]65535, [sbyte]-1, [byte]200, [uint32]4000000000, [uint64]18446744073709551615 | fhx
$true, [char]'A', [char]0x263A, [System.DayOfWeek]::Friday | Format-Hex
[byte[]](0..40) | Format-Hex
Format-Hex -InputObject ([byte[]](0..20))
Format-Hex -InputObject ([int[]](1, 256))
(, [byte[]](1, 2)) + 5 + 6 | Format-Hex
'hi' | Format-Hex -Encoding ([System.Text.Encoding]::BigEndianUnicode)
'abcdefghij' | Format-Hex -Offset 2 -Count 5
1..10 | ForEach-Object { [byte]$_ } | Format-Hex -Offset 4
'abc' | Format-Hex -Offset 10
$rows = [byte[]](65..90) | Format-Hex
$rows.Count
$rows[1].Offset64
$rows[1].Offset64.GetType().FullName
$rows[1].Offset.GetType().FullName
$rows[1].Bytes -join ','
$rows[1].HexOffset
$rows[1].HexBytes
$rows[1].Ascii
$rows[1].Label
$null -eq $rows[1].Path
"[$($rows[0].ToString())]"
"[$($rows[1])]"
[byte[]](0, 9, 10, 127, 128, 159, 160, 255) | Format-Hex | ForEach-Object Ascii
$rows[0].GetType().FullName
$rows[0] | Format-List
[Microsoft.PowerShell.Commands.ByteCollection]::new(32, 'Label', [byte[]](65, 66)) | Format-Table
[Microsoft.PowerShell.Commands.ByteCollection]::new([byte[]](1, 2)).Offset64
(Get-Command Format-Hex).ModuleName
(Get-Alias fhx).Definition
