# Get-Content -Delimiter: items end at the delimiter, which they do not keep; two delimiters in a row give an empty item.
Set-Content items.txt "a;b;;c;" -NoNewline
Get-Content items.txt -Delimiter ';' | ForEach-Object { "[$_]" }
(Get-Content items.txt -Delimiter ';')[3].ReadCount
Get-Content items.txt -Delimiter ';' -Tail 2 | ForEach-Object { "[$_]" }
Get-Content items.txt -Delimiter ';' -TotalCount 1
Get-Content items.txt -Delimiter 'b;' | ForEach-Object { "[$_]" }
(Get-Content items.txt -Delimiter ';' -ReadCount 2).Count
Set-Content lines.txt 'x', 'y'
(Get-Content lines.txt -Delimiter "`n").Count
Get-Content items.txt -Delimiter ';' -AsByteStream
