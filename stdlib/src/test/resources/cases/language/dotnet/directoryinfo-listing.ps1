# DirectoryInfo lists its entries as .NET does: Get* give typed arrays, Enumerate* enumerables; a pattern
# (* and ?, case-sensitive; *.* is *) and SearchOption.AllDirectories narrow or widen the listing.
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jposh-dirinfo-" + [System.IO.Path]::GetRandomFileName())
$null = New-Item -ItemType Directory -Path "$root/sub/deep" -Force
foreach ($f in 'b.txt', 'a.log', '.hidden', 'noext', 'sub/c.txt', 'sub/deep/d.TXT') { $null = New-Item -ItemType File -Path "$root/$f" }
$d = Get-Item $root
$d.GetFiles().Name -join ','
$d.GetFiles().GetType().FullName
$d.GetFiles('*.*').Name -join ','
$d.GetFiles('?.txt').Name -join ','
$d.GetFiles('*.txt', [System.IO.SearchOption]::AllDirectories).Name -join ','
$d.GetDirectories().Name -join ','
$d.GetDirectories('*', 'AllDirectories').Name -join ','
$d.GetFileSystemInfos('*', 'AllDirectories') | ForEach-Object { "$($_.GetType().Name) $($_.Name)" }
$d.EnumerateFiles().Name -join ','
($d.EnumerateFiles() | Measure-Object).Count
$d.EnumerateDirectories('s*').FullName -eq "$root/sub"
($d.EnumerateFileSystemInfos('*.txt', 'AllDirectories') | ForEach-Object Name) -join ','
(Get-Item $root)?.EnumerateFiles('*.log')?.Name
try { ([System.IO.DirectoryInfo] "$root/missing").EnumerateFiles() } catch { $_.FullyQualifiedErrorId }
Remove-Item $root -Recurse -Force
