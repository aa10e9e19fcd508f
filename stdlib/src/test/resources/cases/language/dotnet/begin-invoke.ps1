# BeginInvoke runs the commands on a thread of the runspace; EndInvoke waits and returns the output.
$ps = [powershell]::Create().AddScript('param($n) Start-Sleep -Milliseconds 20; $n * 2; Write-Error "oops"').AddArgument(21)
$handle = $ps.BeginInvoke()
$handle.GetType().Name
$handle.AsyncWaitHandle.WaitOne()
$handle.IsCompleted
$result = $ps.EndInvoke($handle)
$result
$result.GetType().Name
$ps.InvocationStateInfo.State
$ps.HadErrors
$ps.Streams.Error[0].ToString()
# A terminating error: EndInvoke throws it, the state is Failed with it as the reason
$bad = [powershell]::Create().AddScript('throw "bad"')
$h = $bad.BeginInvoke()
try { $bad.EndInvoke($h) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$bad.InvocationStateInfo.State
$bad.InvocationStateInfo.Reason.Message
# A handle from another instance
try { [powershell]::Create().AddScript('1').EndInvoke($h) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
# Running twice at once
$slow = [powershell]::Create().AddScript('Start-Sleep -Seconds 30; "never"')
$sh = $slow.BeginInvoke()
try { $slow.Invoke() } catch { $_.Exception.Message }
try { $slow.AddScript('2') } catch { $_.Exception.Message }
# Stop ends it: EndInvoke reports the pipeline stopped
$slow.Stop()
$slow.InvocationStateInfo.State
$sh.IsCompleted
try { $slow.EndInvoke($sh) } catch { $_.Exception.Message }
$slow.Dispose()
try { $slow.Invoke() } catch { $_.Exception.Message }
# Stop before any invocation marks it Stopped
$idle = [powershell]::Create()
$idle.Stop()
$idle.InvocationStateInfo.State
# Input, and an output collection of the caller's
$double = [powershell]::Create().AddCommand('ForEach-Object').AddParameter('Process', { $_ * 10 })
$double.Invoke(@(1, 2, 3))
$out = [System.Management.Automation.PSDataCollection[psobject]]::new()
$dh = $double.BeginInvoke(@(4, 5), $out)
$double.EndInvoke($dh).Count
$out
# The parameter binding of a non-interactive runspace: a missing mandatory parameter is an error, not a prompt
$rs = [runspacefactory]::CreateRunspace()
$rs.Open()
$m = [powershell]::Create()
$m.Runspace = $rs
$null = $m.AddScript('function get-foo { param([Parameter(Mandatory)] $a) $a }; get-foo')
$m.EndInvoke($m.BeginInvoke())
$m.Streams.Error.Count
$m.Streams.Error[0].FullyQualifiedErrorId
$m.InvocationStateInfo.State
$m.Dispose()
$rs.Dispose()
