# StreamWriter/StreamReader, FileStream, MemoryStream, StringReader/StringWriter on real files
$dir = (Get-Location).Path
$path = Join-Path $dir 'lines.txt'
$w = [System.IO.StreamWriter]::new($path)
try {
    $w.WriteLine('first')
    $w.Write(42); $w.Write(' {0}-{1:N2}', 'x', 2.5); $w.WriteLine()
    $w.Write([char[]]'abc'); $w.Write($true); $w.Write($null); $w.WriteLine('')
    $w.NewLine = "`r`n"
    $w.WriteLine('crlf')
    $w.Encoding.WebName
} finally {
    $w.Dispose()
}
$w.Dispose()
'bytes: ' + ([System.IO.File]::ReadAllBytes($path) -join ',').Substring(0, 11)
$r = [System.IO.StreamReader]::new($path)
try {
    [char]$r.Peek()
    while ($null -ne ($line = $r.ReadLine())) { "[$line]" }
    $r.EndOfStream
    $null -eq $r.ReadLine()
    $r.ReadToEnd().Length
} finally {
    $r.Close()
}
$null -eq $r.BaseStream

'-- append and File helpers'
$a = [System.IO.StreamWriter]::new($path, $true)
$a.AutoFlush = $true
$a.Write('tail')
[System.IO.File]::ReadAllText($path).EndsWith('tail')
$a.Close()
$t = [System.IO.File]::CreateText((Join-Path $dir 'created.txt'))
$t.WriteLine('made by CreateText'); $t.Close()
$t = [System.IO.File]::AppendText((Join-Path $dir 'created.txt'))
$t.WriteLine('and AppendText'); $t.Close()
$o = [System.IO.File]::OpenText((Join-Path $dir 'created.txt'))
$o.ReadToEnd()
$o.Dispose()

'-- byte-order marks'
$bom = Join-Path $dir 'bom.txt'
$w = [System.IO.StreamWriter]::new($bom, $false, [System.Text.Encoding]::UTF8)
$w.Write('é'); $w.Close()
[System.IO.File]::ReadAllBytes($bom) -join ','
$r = [System.IO.StreamReader]::new($bom)
$r.ReadToEnd(); $r.CurrentEncoding.WebName; $r.Close()
$w = [System.IO.StreamWriter]::new($bom, $true, [System.Text.Encoding]::UTF8)
$w.Write('!'); $w.Close()
[System.IO.File]::ReadAllBytes($bom).Count
$w = [System.IO.StreamWriter]::new($bom, $false, [System.Text.Encoding]::Unicode)
$w.Write('hi'); $w.Close()
[System.IO.File]::ReadAllBytes($bom) -join ','
$r = [System.IO.StreamReader]::new($bom)
$r.ReadToEnd(); $r.CurrentEncoding.WebName; $r.Close()
$r = [System.IO.StreamReader]::new($bom, $false)
$r.ReadToEnd().Length; $r.Close()

'-- FileStream'
$fs = [System.IO.FileStream]::new($path, [System.IO.FileMode]::Open, [System.IO.FileAccess]::Read)
$fs.Name -eq $path; $fs.CanRead; $fs.CanWrite; $fs.CanSeek
$buffer = [byte[]]::new(5)
$fs.Read($buffer, 0, 5)
[System.Text.Encoding]::ASCII.GetString($buffer)
$fs.Position
$fs.Seek(-4, [System.IO.SeekOrigin]::End)
[char]$fs.ReadByte()
$fs.Position = 0
[char]$fs.ReadByte()
$fs.Dispose()
$fs.CanRead
$bin = Join-Path $dir 'data.bin'
$fs = [System.IO.File]::Open($bin, 'Create')
$fs.Write([byte[]](1, 2, 3, 4, 5), 1, 3)
$fs.WriteByte(255)
$fs.Length
$fs.SetLength(2)
$fs.Close()
[System.IO.File]::ReadAllBytes($bin) -join ','
$fs = [System.IO.File]::OpenWrite($bin)
$fs.Seek(0, 'End'); $fs.WriteByte(9); $fs.Close()
$fs = [System.IO.File]::OpenRead($bin)
$copy = [System.IO.MemoryStream]::new()
$fs.CopyTo($copy); $fs.Close()
$copy.ToArray() -join ','
$fs = [System.IO.File]::Create($bin); $fs.Length; $fs.Close()

'-- MemoryStream, StringReader, StringWriter'
$ms = [System.IO.MemoryStream]::new()
$sw = [System.IO.StreamWriter]::new($ms)
$sw.Write('hé')
$ms.Length
$sw.Flush()
$ms.ToArray() -join ','
$ms.Position = 0
$sr = [System.IO.StreamReader]::new($ms)
$sr.ReadToEnd()
$sr.Dispose()
$ms.CanRead
$ms.ToArray().Count
$fixed = [System.IO.MemoryStream]::new([byte[]](65, 66, 67))
[char]$fixed.ReadByte(); $fixed.Length
$reader = [System.IO.StringReader]::new("a`r`nb`rc`n`nd")
$reader.ReadLine(); $reader.ReadLine(); $reader.ReadLine(); "[$($reader.ReadLine())]"; $reader.Peek(); $reader.ReadToEnd()
$reader.Read()
$writer = [System.IO.StringWriter]::new()
$writer.WriteLine('line')
$writer.Write('{0:D3}|{1}', 7, 'z')
"$writer"
$writer.GetStringBuilder().Length
$writer.Encoding.WebName
$writer -is [System.IO.TextWriter]; $writer -is [IDisposable]
