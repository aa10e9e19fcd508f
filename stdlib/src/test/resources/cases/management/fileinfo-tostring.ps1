# FileInfo and DirectoryInfo made by their constructors show the path they were given, as .NET's ToString does;
# the items the cmdlets list show their full path
[IO.FileInfo]::new('abc').ToString()
"$([IO.DirectoryInfo]::new('d/e'))"
[string]$s = [IO.FileInfo]::new('x.txt')
$s
[IO.FileInfo]::new('abc').FullName -eq (Join-Path $PWD 'abc')
New-Item -ItemType File -Path f.txt | Out-Null
(Get-Item f.txt).ToString() -eq (Join-Path $PWD 'f.txt')
