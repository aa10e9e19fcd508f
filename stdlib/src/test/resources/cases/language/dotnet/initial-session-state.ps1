# [initialsessionstate]: the variables, functions and aliases a runspace starts with; a variable's value is the
# object itself, shared with the runspaces (a synchronized hashtable for a pool's workers)
$shared = [hashtable]::Synchronized(@{ n = 0 })
$shared.IsSynchronized
$iss = [initialsessionstate]::CreateDefault()
$iss.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new('shared', $shared, 'the total'))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Twice', 'param($x) $x * 2'))
$iss.Commands.Add((New-Object System.Management.Automation.Runspaces.SessionStateAliasEntry -ArgumentList 'tw', 'Get-Twice'))
$iss.Commands['Get-Twice'] | Format-List Name, Definition, CommandType
$iss.Commands['prompt'].Count
$iss.Variables.Count
$iss.Variables[0] | Format-List Name, Description, Options
$ps = [powershell]::Create($iss)
$ps.AddScript('$shared.n = 42; tw 21; Get-Twice 5; [runspace]::DefaultRunspace.Id -eq $Host.Runspace.Id').Invoke()
$shared.n
# every runspace of a pool starts with it
$pool = [runspacefactory]::CreateRunspacePool(1, 2, $iss, $Host)
$pool.Open()
$work = 1..3 | ForEach-Object {
    $p = [powershell]::Create()
    $p.RunspacePool = $pool
    [void]$p.AddScript('param($i) $shared.n += $i; Get-Twice $i').AddArgument($_)
    [pscustomobject]@{ PowerShell = $p; Handle = $p.BeginInvoke() }
}
$work | ForEach-Object { $_.PowerShell.EndInvoke($_.Handle) }
$shared.n
$pool.Close()
# entries can be removed; a runspace opening runs the startup scripts after importing the modules
$iss.Commands.Remove('tw', $null)
$iss.Commands['tw'].Count
Set-Content startup.ps1 '$fromStartup = "startup script ran"'
$iss.StartupScripts.Add("$PWD/startup.ps1")
$rs = [runspacefactory]::CreateRunspace($iss)
$rs.Open()
[powershell]::Create($rs).AddScript('$fromStartup').Invoke()
$rs.Close()
# a module that cannot be imported leaves the runspace open without it, unless ThrowOnRunspaceOpenError is set
$iss.ImportPSModule('NoSuchModule')
$rs = [runspacefactory]::CreateRunspace($iss)
$rs.Open()
$rs.RunspaceStateInfo.State
$iss.ThrowOnRunspaceOpenError = $true
$rs = [runspacefactory]::CreateRunspace($iss)
try { $rs.Open() } catch { $_.Exception.InnerException.GetType().Name }
$rs.RunspaceStateInfo.State
