# ForEach-Object -Parallel: each object in a runspace of its own, $_ bound, $using: values copied in.
$factor = 10
$settings = @{ Prefix = 'item' }
1..5 | ForEach-Object -Parallel { "$($using:settings.Prefix) $($_ * $using:factor)" } | Sort-Object

# Output streams as it is produced: the second object's run ends first, so its output comes first.
$flag = Join-Path $PWD 'second-done'
1, 2 | ForEach-Object -Parallel {
    if ($_ -eq 1) {
        while (-not (Test-Path $using:flag)) { Start-Sleep -Milliseconds 20 }
        'first'
    } else {
        'second'
        $null = New-Item $using:flag
    }
} -ThrottleLimit 2

# Each run starts in the caller's location, and sees none of the caller's variables or functions.
function Get-Local { 'local' }
$hidden = 'caller'
$here = (Get-Location).Path
1 | ForEach-Object -Parallel { (Get-Location).Path -eq $using:here; $null -eq $hidden; [bool](Get-Command Get-Local -ErrorAction SilentlyContinue) }

# A runspace serves one object after another without keeping the block's variables.
1..3 | ForEach-Object -Parallel { $seen = "$seen$_"; $seen } -ThrottleLimit 1
1..3 | ForEach-Object -Parallel { $_ } -ThrottleLimit 1 -UseNewRunspace

# Host lines, warnings and errors are passed on; a terminating error ends only its object's run.
1..2 | ForEach-Object -Parallel { Write-Host "host $_"; Write-Warning "warn $_"; $_ } -ThrottleLimit 1
3 | ForEach-Object -Parallel { Write-Error "failed $_"; 'went on' }
4 | ForEach-Object -Parallel { throw "stopped $_"; 'not reached' }

# -ThrottleLimit: four runs of a second side by side take well under four seconds; two at a time, two.
$watch = [Diagnostics.Stopwatch]::StartNew()
1..4 | ForEach-Object -Parallel { Start-Sleep -Seconds 1 } -ThrottleLimit 4
$watch.ElapsedMilliseconds -lt 3000
$watch.Restart()
1..4 | ForEach-Object -Parallel { Start-Sleep -Seconds 1 } -ThrottleLimit 2
$watch.ElapsedMilliseconds -ge 2000

# -TimeoutSeconds stops the runs still going, even busy ones.
1..2 | ForEach-Object -Parallel { if ($_ -eq 1) { 'quick' } else { while ($true) { } } } -TimeoutSeconds 1
'after the timeout'

# -AsJob: a PSTaskJob, its Id followed by one for each object's child job.
$job = 1..3 | ForEach-Object -Parallel { $_ * 2 } -AsJob
$job.GetType().FullName
$job.PSJobTypeName
$null = Wait-Job $job
$job.State
Receive-Job $job | Sort-Object
$job | Format-Table Id, Name, PSJobTypeName, State, HasMoreData, Location
(Start-ThreadJob { 1 }).Id
Get-Job | Remove-Job -Force
$failed = 1 | ForEach-Object -Parallel { throw 'bad' } -AsJob | Wait-Job
$failed.State
Receive-Job $failed -ErrorAction SilentlyContinue -ErrorVariable jobErrors
$jobErrors[0].FullyQualifiedErrorId
