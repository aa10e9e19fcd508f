# A runspace whose BeginInvoke has just ended (EndInvoke returned) takes the next command at once, from this thread
# or from a pool: its thread may still be leaving the runspace, which the next command waits for.
$rs = [runspacefactory]::CreateRunspace(); $rs.Open()
$bad = 0
foreach ($i in 1..300) {
    $ps = [powershell]::Create(); $ps.Runspace = $rs
    [void]$ps.AddScript('1')
    $h = $ps.BeginInvoke(); $null = $ps.EndInvoke($h)
    $ps2 = [powershell]::Create(); $ps2.Runspace = $rs
    try { $null = $ps2.AddScript('2').Invoke() } catch { $bad++ }
    $ps.Dispose(); $ps2.Dispose()
}
$pool = [runspacefactory]::CreateRunspacePool(1, 1); $pool.Open()
foreach ($i in 1..300) {
    $ps = [powershell]::Create(); $ps.RunspacePool = $pool
    $h = $ps.AddScript('1').BeginInvoke(); $null = $ps.EndInvoke($h)
    $ps2 = [powershell]::Create(); $ps2.RunspacePool = $pool
    try { $null = $ps2.AddScript('2').Invoke() } catch { $bad++; if ($bad -lt 3) { $_.Exception.Message } }
}
"bad: $bad"
