# FileSystemInfo's LastWriteTime and LastAccessTime can be set (local time; the *Utc ones take UTC).
Set-Content f.txt 'x'
$f = Get-Item f.txt
$f.LastWriteTime = [datetime]'2020-06-15 10:30'
(Get-Item f.txt).LastWriteTime.ToString('yyyy-MM-dd HH:mm')
$f.LastWriteTime.ToString('yyyy-MM-dd HH:mm')
$f.LastWriteTimeUtc = [datetime]'2001-02-03 04:05:06'
(Get-Item f.txt).LastWriteTimeUtc.ToString('o')
$f.LastAccessTimeUtc = [datetime]::new(2002, 1, 1, 0, 0, 0, [DateTimeKind]::Utc)
(Get-Item f.txt).LastAccessTimeUtc.ToString('o')
$f.LastAccessTime = '2003-03-03'
(Get-Item f.txt).LastAccessTime.ToString('yyyy-MM-dd')
