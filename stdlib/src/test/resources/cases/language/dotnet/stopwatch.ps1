$sw = [System.Diagnostics.Stopwatch]::StartNew()
$sw.IsRunning
Start-Sleep -Milliseconds 20
$sw.Stop()
$sw.IsRunning
$sw.ElapsedMilliseconds -ge 20
$sw.Elapsed.GetType().FullName
$sw.Elapsed.TotalMilliseconds -ge 20
$sw.Restart()
$sw.IsRunning
$sw.Reset()
$sw.ElapsedMilliseconds
$w = [System.Diagnostics.Stopwatch]::new()
$w.IsRunning
