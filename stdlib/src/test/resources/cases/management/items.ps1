# Creates, lists, reads and removes files in the case's own temporary location.
$dir = New-Item -ItemType Directory data
Set-Content data/b.txt 'beta'
Add-Content data/b.txt 'more'
Set-Content data/A.txt 'alpha'
$sub = New-Item data/sub -ItemType Directory
Get-ChildItem data -Name
Get-Content data/b.txt
Get-Content data/b.txt -Tail 1
Test-Path data/A.txt
Test-Path data -PathType Leaf
Copy-Item data/A.txt data/sub
Get-ChildItem data -Recurse -File -Name
Rename-Item data/sub/A.txt c.txt
Get-ChildItem data/sub -Name
Remove-Item data -Recurse
Test-Path data
