# FileInfo and DirectoryInfo instance methods on real files; the objects follow MoveTo and see Delete
$dir = (Get-Location).Path
$path = Join-Path $dir 'f.txt'
[System.IO.File]::WriteAllText($path, "hello`nworld`n")
$f = Get-Item $path
$c = $f.CopyTo((Join-Path $dir 'g.txt'))
$c.GetType().FullName; $c.Name; $c.Length
try { $f.CopyTo((Join-Path $dir 'g.txt')) } catch { $_.Exception.Message }
$f.CopyTo((Join-Path $dir 'g.txt'), $true).Exists
$f.MoveTo((Join-Path $dir 'h.txt'))
$f.Name; $f.FullName -eq (Join-Path $dir 'h.txt'); $f.Exists
[System.IO.File]::Exists($path)
try { $c.MoveTo($f.FullName) } catch { $_.Exception.Message }
$c.MoveTo($f.FullName, $true); $c.Name
$r = $f.OpenText(); $r.ReadToEnd().Length; $r.Dispose()
$a = $f.AppendText(); $a.WriteLine('more'); $a.Close()
[System.IO.File]::ReadAllLines($f.FullName) -join '|'
$s = $f.OpenRead(); $s.Length; $s.CanWrite; $s.Dispose()
$s = $f.Open('Open', 'ReadWrite'); $s.CanWrite; $s.Dispose()
$backup = Join-Path $dir 'backup.txt'
[System.IO.File]::WriteAllText((Join-Path $dir 'new-content.txt'), 'replaced')
$replaced = ([System.IO.FileInfo]::new((Join-Path $dir 'new-content.txt'))).Replace($f.FullName, $backup)
[System.IO.File]::ReadAllText($replaced.FullName); [System.IO.File]::ReadAllLines($backup).Count
$f.Delete(); $f.Exists
$f.Delete()
$n = [System.IO.FileInfo]::new((Join-Path $dir 'new.txt'))
$n.Exists
$stream = $n.Create(); $stream.WriteByte(65); $stream.Dispose(); $n.Exists; $n.Length
$t = $n.CreateText(); $t.Write('xyz'); $t.Dispose(); $n.Refresh(); $n.Length
$w = $n.OpenWrite(); $w.WriteByte(66); $w.Close(); [System.IO.File]::ReadAllText($n.FullName)

'-- DirectoryInfo'
$d = [System.IO.DirectoryInfo]::new((Join-Path $dir 'sub'))
$d.Exists; $d.Create(); $d.Exists; $d.Create()
$deep = $d.CreateSubdirectory('a/b'); $deep.FullName.Substring($dir.Length); $deep.Exists
try { $d.CreateSubdirectory('/etc') } catch { $_.Exception.Message.Replace($dir, '<dir>') }
try { $d.Delete() } catch { $_.Exception.Message.Replace($dir, '<dir>') }
$d.MoveTo((Join-Path $dir 'moved')); $d.Name; $d.Exists
[System.IO.Directory]::Exists((Join-Path $dir 'sub'))
try { $d.MoveTo((Join-Path $dir 'moved')) } catch { $_.Exception.Message }
[System.IO.Directory]::Move((Join-Path $dir 'moved'), (Join-Path $dir 'again'))
$d.Refresh(); $d.Exists
$again = Get-Item (Join-Path $dir 'again')
$again.Delete($true); $again.Exists
try { $again.Delete() } catch { $_.Exception.Message.Replace($dir, '<dir>') }
