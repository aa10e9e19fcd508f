# Get-ChildItem's FileSystem dynamic parameters: -Attributes expressions, the attribute switches, -FollowSymlink
New-Item -ItemType Directory dir, .hiddendir, dir/sub, loop | Out-Null
foreach ($f in 'file.txt', '.hiddenfile', 'dir/inner.txt', 'dir/sub/deep.txt', 'loop/l.txt') { 'x' | Set-Content $f }
(Get-Item file.txt).Attributes
(Get-Item dir).Attributes
(Get-Item .hiddenfile -Force).Attributes
'---- -Attributes'
(Get-ChildItem -Attributes Directory).Name -join ' '
(Get-ChildItem -Attributes !Directory).Name -join ' '
(Get-ChildItem -Attributes Directory+Hidden).Name -join ' '
(Get-ChildItem -Attributes 'Hidden, Directory').Name -join ' '
(Get-ChildItem -Attributes Hidden, Directory).Name -join ' '
(Get-ChildItem -Attributes !Hidden).Name -join ' '
(Get-ChildItem -Attributes Dir).Name -join ' '
(Get-ChildItem -Attributes Normal).Name -join ' '
'---- switches: all must hold'
(Get-ChildItem -Directory -Hidden).Name -join ' '
(Get-ChildItem -File -Hidden).Name -join ' '
(Get-ChildItem -Directory -File).Count
(Get-ChildItem -System).Count
(Get-ChildItem -Recurse -File -Attributes !Hidden).Name -join ' '
'---- -FollowSymlink follows links to directories, once each'
$null = New-Item -ItemType SymbolicLink -Path dir/link -Target ../loop
$null = New-Item -ItemType SymbolicLink -Path loop/back -Target ../dir
(Get-ChildItem dir -Recurse -File).Name -join ' '
(Get-ChildItem dir -Recurse -File -FollowSymlink -WarningVariable warned -WarningAction SilentlyContinue).Name -join ' '
$warned.Count
'---- errors'
Get-ChildItem -Attributes Foo
Get-ChildItem -Attributes 'Directory+'
Get-ChildItem -Attributes 'Directory Hidden'
