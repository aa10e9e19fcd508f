# ForEach-Object -Parallel takes its runspaces from a pool of ThrottleLimit runspaces, as pwsh 7.1+ does,
# and resets one (pwsh's ResetRunspaceState) before using it again.

# Reset: the variables of an earlier run are gone, global ones too; $Error is empty again, and the
# preference variables are back at their defaults.
1..3 | ForEach-Object -Parallel {
    "[$local] [$global:shared] [$($Error.Count)] [$ErrorActionPreference]"
    $local = $_
    $global:shared = $_
    $ErrorActionPreference = 'Stop'
    Write-Error "error $_" -ErrorAction SilentlyContinue
} -ThrottleLimit 1

# The block runs in the runspace's global scope, and a reset keeps functions and aliases: what one run
# defines, the next run in the same runspace can call.
1..2 | ForEach-Object -Parallel {
    if ($_ -eq 1) {
        function Get-Marker { 'defined by an earlier run' }
        Set-Alias marker Get-Marker
    } else {
        Get-Marker
        marker
    }
} -ThrottleLimit 1

# -UseNewRunspace: a new runspace for every object, so nothing an earlier run defined is there.
1..2 | ForEach-Object -Parallel {
    if ($_ -eq 1) { function Get-Marker { 'defined by an earlier run' } }
    else { [bool](Get-Command Get-Marker -ErrorAction SilentlyContinue) }
} -ThrottleLimit 1 -UseNewRunspace

# How many runspaces: a run that finds no mark in its runspace leaves one. From the pool, at most
# ThrottleLimit of six runs find none; with -UseNewRunspace every run does.
$fresh = 1..6 | ForEach-Object -Parallel {
    if (-not (Get-Command Get-Mark -ErrorAction SilentlyContinue)) { function Get-Mark { } ; 'fresh' }
} -ThrottleLimit 2
$fresh.Count -le 2
$fresh = 1..6 | ForEach-Object -Parallel {
    if (-not (Get-Command Get-Mark -ErrorAction SilentlyContinue)) { function Get-Mark { } ; 'fresh' }
} -ThrottleLimit 2 -UseNewRunspace
$fresh.Count

# Each run starts in the caller's location, whatever the run before it did.
$here = (Get-Location).Path
1..2 | ForEach-Object -Parallel { (Get-Location).Path -eq $using:here; Set-Location / } -ThrottleLimit 1
