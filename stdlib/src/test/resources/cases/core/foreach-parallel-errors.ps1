# pwsh's refusals for -Parallel.
$block = { 'x' }
1 | ForEach-Object -Parallel { & $using:block }
{ 'piped' } | ForEach-Object -Parallel { $_ }
1 | ForEach-Object -Parallel { $_ } -AsJob -TimeoutSeconds 5
1 | ForEach-Object -Parallel { $_ } -ErrorAction Stop
1 | ForEach-Object -Parallel { $_ } -ThrottleLimit 0
1 | ForEach-Object -Parallel { $using:missing }
1 | ForEach-Object -Parallel { $_ } -Begin { }
(Get-Command ForEach-Object).ParameterSets | Where-Object Name -eq ParallelParameterSet | ForEach-Object { $_.Parameters.Name -join ',' }
'done'
