# A runspace pool runs at most its maximum of pipelines at once; the others wait for a runspace.
$pool = [runspacefactory]::CreateRunspacePool(1, 4)
$pool.RunspacePoolStateInfo.State
$pool.GetAvailableRunspaces()
$pool.Open()
$jobs = foreach ($i in 1..8) {
    $ps = [powershell]::Create(); $ps.RunspacePool = $pool
    [void]$ps.AddScript({ param($n) Start-Sleep -Milliseconds 50; $n * 2 }).AddArgument($i)
    [pscustomobject]@{ PS = $ps; Handle = $ps.BeginInvoke() }
}
$jobs | ForEach-Object { $_.PS.EndInvoke($_.Handle); $_.PS.Dispose() }
$pool.GetAvailableRunspaces()
# Never more than the maximum at once: each run says when it started and ended
$pool.SetMaxRunspaces(2)
$pool.GetMaxRunspaces()
$pool.SetMaxRunspaces(0)
$started = foreach ($i in 1..6) {
    $ps = [powershell]::Create(); $ps.RunspacePool = $pool
    [void]$ps.AddScript({ $s = [DateTime]::UtcNow.Ticks; Start-Sleep -Milliseconds 60; $s; [DateTime]::UtcNow.Ticks })
    [pscustomobject]@{ PS = $ps; Handle = $ps.BeginInvoke() }
}
$spans = $started | ForEach-Object { , $_.PS.EndInvoke($_.Handle) }
$most = 0
foreach ($s in $spans) {
    $at = ($spans | Where-Object { $_[0] -le $s[0] -and $_[1] -gt $s[0] }).Count
    if ($at -gt $most) { $most = $at }
}
"no more than 2 at once: $($most -le 2)"
# Runspaces keep their state between uses: a pool of one sees what the last run set
$one = [runspacefactory]::CreateRunspacePool()
$one.Open()
$a = [powershell]::Create(); $a.RunspacePool = $one
$null = $a.AddScript('$seen = "kept"').Invoke()
$b = [powershell]::Create(); $b.RunspacePool = $one
$b.AddScript('$seen').Invoke()
# Work still waiting when the pool closes fails
$block = [powershell]::Create(); $block.RunspacePool = $one
$bh = $block.AddScript('Start-Sleep -Milliseconds 300').BeginInvoke()
$late = [powershell]::Create(); $late.RunspacePool = $one
$lh = $late.AddScript('"never"').BeginInvoke()
$late.InvocationStateInfo.State
$one.Close()
$one.RunspacePoolStateInfo.State
try { $late.EndInvoke($lh) } catch { $_.Exception.Message }
$late.InvocationStateInfo.State
try { $a.Invoke() } catch { $_.Exception.Message }
try { [runspacefactory]::CreateRunspacePool(0, 1) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [runspacefactory]::CreateRunspacePool(3, 2) } catch { $_.Exception.Message }
try { $pool.Open() } catch { $_.Exception.Message }
$pool.Close()
$pool.RunspacePoolStateInfo.State
