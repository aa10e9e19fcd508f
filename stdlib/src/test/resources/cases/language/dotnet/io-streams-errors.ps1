# .NET's exceptions from streams, readers and writers, wrapped as pwsh wraps method exceptions
$dir = (Get-Location).Path
$path = Join-Path $dir 'x.txt'
[System.IO.StreamReader]::new((Join-Path $dir 'missing.txt'))
New-Object System.IO.StreamReader (Join-Path $dir 'no/such/dir.txt')
$w = [System.IO.File]::CreateText($path)
$w.Close()
$w.WriteLine('late')
$r = [System.IO.File]::OpenText($path)
$r.Dispose()
$r.ReadLine()
$r.EndOfStream
$fs = [System.IO.File]::OpenRead($path)
$fs.WriteByte(1)
$fs.Read($null, 0, 1)
$fs.Read([byte[]]::new(2), 1, 2)
$fs.Close()
$fs.Length
[System.IO.FileStream]::new($path, 'Append', 'Read')
[System.IO.FileStream]::new($path, 'CreateNew')
[System.IO.FileStream]::new($dir, 'Open')
[System.IO.StringReader]::new('')
$s = [System.IO.StringWriter]::new(); $s.Close(); $s.Write('x')
[System.IO.MemoryStream]::new([byte[]](1, 2), $false).WriteByte(3)
[System.IO.MemoryStream]::new([byte[]](1, 2)).Write([byte[]](1, 2, 3), 0, 3)
try { [System.IO.StreamReader]::new('jposh-relative-missing.txt') } catch {
    $_.Exception.InnerException.Message -eq "Could not find file '$([System.IO.Directory]::GetCurrentDirectory())/jposh-relative-missing.txt'."
}
'done'
