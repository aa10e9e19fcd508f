# The pipeline benchmarks of issue #4, run by bench/pipeline.sh: each workload runs WARMUP times to let
# the JIT compile it, then ROUNDS times measured; the table gives the median and the best round.
param([int]$Warmup = 5, [int]$Rounds = 7)

function Small {
    [CmdletBinding()]
    param([int]$A, [int]$B)
    $A + $B
}

# Seconds for one million objects through three commands, two of them running a script block each.
function Measure-Pipeline {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $null = 1..1000000 | ForEach-Object { $_ * 2 } | Where-Object { $_ % 3 } | Measure-Object -Sum
    $watch.Elapsed.TotalSeconds
}

# Microseconds per call of an advanced function with two named parameters, the loop included.
function Measure-Call([int]$Calls = 500000) {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    for ($i = 0; $i -lt $Calls; $i++) { $null = Small -A $i -B 2 }
    $watch.Elapsed.TotalMilliseconds * 1000 / $Calls
}

# The same loop without the call, to tell what the loop itself costs.
function Measure-Loop([int]$Calls = 500000) {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    for ($i = 0; $i -lt $Calls; $i++) { $null = $i + 2 }
    $watch.Elapsed.TotalMilliseconds * 1000 / $Calls
}

$workloads = [ordered]@{
    '1..1000000 into ForEach-Object, Where-Object, Measure-Object -Sum (s)' = @{ Run = { Measure-Pipeline }; Target = '< 1' }
    'advanced function, 2 named parameters (us/call)' = @{ Run = { Measure-Call }; Target = '< 1' }
    'the same loop without the call (us/iteration)' = @{ Run = { Measure-Loop }; Target = '' }
}
$rows = foreach ($name in $workloads.Keys) {
    $workload = $workloads[$name]
    $first = & $workload.Run
    for ($i = 1; $i -lt $Warmup; $i++) { $null = & $workload.Run }
    $times = @(for ($i = 0; $i -lt $Rounds; $i++) { & $workload.Run }) | Sort-Object
    [pscustomobject]@{
        Benchmark = $name
        Target = $workload.Target
        First = '{0:N3}' -f $first
        Median = '{0:N3}' -f $times[[int][math]::Floor($times.Count / 2)]
        Best = '{0:N3}' -f $times[0]
    }
}
'| benchmark | target | first run | median | best |'
'|---|---|---:|---:|---:|'
foreach ($row in $rows) { "| $($row.Benchmark) | $($row.Target) | $($row.First) | $($row.Median) | $($row.Best) |" }
