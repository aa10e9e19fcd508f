$hash = @{ Verb = 'Get'; OutVariable = 'zoo' }
$sp = { Get-Verb @hash }.GetSteppablePipeline()
$sp.GetType().FullName
$sp.Begin($false)
$result = $sp.Process()
$result.Verb
$zoo.Verb
$sp.End().Count
$sp.Dispose()

$sp2 = { ForEach-Object { $_ * 2 } | Where-Object { $_ -gt 2 } }.GetSteppablePipeline()
$sp2.Begin($true)
foreach ($i in 1..3) { "step $i -> $($sp2.Process($i))" }
$sp2.End().Count

$ends = { ForEach-Object -Begin { 'begin' } -Process { "item $_" } -End { 'end' } }.GetSteppablePipeline()
$ends.Begin($true)
$ends.Process('a')
$ends.End()

$first = { Select-Object -First 2 }.GetSteppablePipeline()
$first.Begin($true)
foreach ($i in 1..5) { $first.Process($i) }
$first.End()

$blocks = @({ 1; 2 }, { }, { if ($true) { 1 } }, { begin { } end { Get-Date } }, { 1 | Get-Date })
foreach ($b in $blocks) {
    try { $b.GetSteppablePipeline() } catch { $_.Exception.Message }
}
try { { Get-Verb }.GetSteppablePipeline().End() } catch { $_.Exception.Message }
