# [math]::Clamp, Path.GetTempFileName, Dns.GetHostName, Environment.GetFolderPath, Thread.Sleep, System.Random
[Environment+SpecialFolder]::Desktop
[Math]::Clamp(5, 1, 3)
[Math]::Clamp(-5, 1, 3)
[Math]::Clamp(2.5, 1.0, 3.0)
[Math]::Clamp([long]7, [long]1, [long]10)
try { [Math]::Clamp(1, 3, 2) } catch { $_.Exception.Message }
$t = [System.IO.Path]::GetTempFileName(); (Test-Path $t) -and ((Get-Item $t).Length -eq 0) -and ($t -like '*.tmp'); Remove-Item $t
[System.Net.Dns]::GetHostName() -eq (Get-Content /proc/sys/kernel/hostname)
$env:HOME -eq [Environment]::GetFolderPath('UserProfile')
[Environment]::GetFolderPath([Environment+SpecialFolder]::MyDocuments) -eq $env:HOME
[Environment]::GetFolderPath('Windows')
$sw = [System.Diagnostics.Stopwatch]::StartNew(); [System.Threading.Thread]::Sleep(50); [Threading.Thread]::Sleep([timespan]::FromMilliseconds(20)); $sw.ElapsedMilliseconds -ge 70
$r1 = [System.Random]::new(42); $r2 = [System.Random]::new(42); ((1..5 | ForEach-Object { $r1.Next(100) }) -join ',') -eq ((1..5 | ForEach-Object { $r2.Next(100) }) -join ',')
$r = [Random]::new(); $v = $r.Next(5, 10); $v -ge 5 -and $v -lt 10
$d = $r.NextDouble(); $d -ge 0 -and $d -lt 1
$r.Next(3, 3)
[Random]::Shared.Next(1) 
$buf = [byte[]]::new(4); $r.NextBytes($buf); $buf.Count
try { $r.Next(5, 1) } catch { $_.Exception.Message }
try { [System.Threading.Thread]::Sleep(-5) } catch { $_.Exception.Message }
