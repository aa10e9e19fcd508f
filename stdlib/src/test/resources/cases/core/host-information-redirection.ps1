# Write-Host writes an information record tagged PSHOST: redirected, it goes there instead of the host
& { Write-Host 'to the host' }
& { Write-Host 'captured' } 6>&1 | ForEach-Object { "got: $_ ($($_.Tags -join ','))" }
$OFS = ''
[string](& { Write-Host -NoNewline 'a'; 'b' } *>&1)
Write-Host 'discarded' 6>$null
# $? is one status whatever scope names it
Get-Item -Path /no/such/item -ErrorAction SilentlyContinue
$global:?
$script:?
# the runspace the session runs in
$runspace = [System.Management.Automation.Runspaces.Runspace]::DefaultRunspace
$runspace.Id, $runspace.RunspaceStateInfo.State, $runspace.RunspaceAvailability -join ' '
$runspace.Debugger.InBreakpoint
$runspace.InitialSessionState.Commands['prompt'].Definition -eq (Get-Command prompt).Definition
[runspacefactory]::CreateRunspace().Id
