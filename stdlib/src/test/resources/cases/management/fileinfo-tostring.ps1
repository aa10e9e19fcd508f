# FileInfo and DirectoryInfo made by their constructors show the path they were given, as .NET's ToString does;
# the items the cmdlets list show their full path
[IO.FileInfo]::new('abc').ToString()
"$([IO.DirectoryInfo]::new('d/e'))"
[string]$s = [IO.FileInfo]::new('x.txt')
$s
# .NET resolves a relative path against the process's directory, not the session's location
[IO.FileInfo]::new('abc').FullName -eq [IO.Path]::Combine([Environment]::CurrentDirectory, 'abc')
New-Item -ItemType File -Path f.txt | Out-Null
(Get-Item f.txt).ToString() -eq (Join-Path $PWD 'f.txt')
