# [runspacefactory]::CreateRunspace(): a runspace of the caller's choosing, which keeps its state between invocations.
$rs = [runspacefactory]::CreateRunspace([initialsessionstate]::CreateDefault2())
$rs.RunspaceStateInfo.State
$rs.RunspaceAvailability
$rs.Name -eq "Runspace$($rs.Id)"
try { $rs.SessionStateProxy.SetVariable('a', 1) } catch { $_.Exception.Message }
$rs.Open()
"$($rs.RunspaceStateInfo)"
$rs.RunspaceAvailability
try { $rs.Open() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$rs.SessionStateProxy.SetVariable('greeting', 'hello')
$ps = [powershell]::Create($rs)
$ps.AddScript('$greeting; $counter = 41').Invoke()
$ps.Commands.Clear()
$ps.AddScript('$counter + 1').Invoke()
$rs.SessionStateProxy.GetVariable('counter')
$null -eq $rs.SessionStateProxy.GetVariable('missing')
# A second PowerShell in the same runspace sees the same session
$ps2 = [powershell]::Create()
$ps2.Runspace = $rs
$ps2.AddScript('"counter is $counter"').Invoke()
$ps2.Runspace.InstanceId -eq $rs.InstanceId
# Commands: what the instance will run
$c = [powershell]::Create().AddCommand('Get-Verb').AddParameter('Verb', 'Get').AddStatement().AddScript('2')
$c.Commands.Commands.Count
$c.Commands.Commands | ForEach-Object { '{0} script={1} end={2} params={3}' -f $_.CommandText, $_.IsScript, $_.IsEndOfStatement, $_.Parameters.Count }
$c.Commands.Commands[0].Parameters[0].Name
$c.Commands.Clear()
try { $c.Invoke() } catch { $_.Exception.Message }
try { $c.AddArgument(1) } catch { $_.Exception.Message }
# A closed runspace cannot run commands
$rs.Close()
$rs.RunspaceStateInfo.State
try { $ps.Invoke() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$ps.InvocationStateInfo.State
$rs.Dispose()
# A runspace closed before it was opened is Closed too
$never = [runspacefactory]::CreateRunspace()
$never.Close()
$never.RunspaceStateInfo.State
# A PowerShell makes its own runspace, opened, when asked for it
$own = [powershell]::Create()
$own.Runspace.RunspaceStateInfo.State
$own.InvocationStateInfo.State
$own.Dispose()
try { $own.AddScript('1') } catch { $_.Exception.Message }
