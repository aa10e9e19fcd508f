$seen = 0
1..5 | ForEach-Object { $seen++; $_ } | Select-Object -First 2
"upstream ran $seen times"
1..1e9 | Select-Object -Index 1, 3
