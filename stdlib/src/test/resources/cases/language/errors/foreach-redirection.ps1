# A cmdlet's redirections hold for the script blocks it runs, as for its own records
1 | ForEach-Object { Write-Error "hidden" } 2>$null
"a"
$r = 1 | ForEach-Object { Write-Error "merged"; "out" } 2>&1
$r.Count
$r[0].GetType().Name
$r[1]
1..2 | Where-Object { Write-Warning "w$_"; $true } 3>$null
# the commands downstream keep the pipeline's own streams
$e = $null
1 | ForEach-Object { $_ } 2>$null | ForEach-Object { Write-Error "shown" -ErrorVariable +e -ErrorAction SilentlyContinue }
$e.Count
