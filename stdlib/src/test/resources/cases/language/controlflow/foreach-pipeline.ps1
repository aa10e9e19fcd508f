# foreach over a command enumerates its output; no output is no iteration.
foreach ($x in Write-Output a b c) { "x=$x" }
foreach ($x in Write-Output @()) { 'not printed' }
foreach ($x in Write-Output -NoEnumerate 1, 2) { "count: $($x.Count)" }
