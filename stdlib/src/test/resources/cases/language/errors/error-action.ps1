try { Write-Error 'stop me' -ErrorAction Stop } catch { "stopped: $_ ($($_.Exception.GetType().Name))" }
Write-Error 'silent' -ErrorAction SilentlyContinue
"silent recorded: $($Error[0])"
Write-Error 'ignored' -ErrorAction Ignore
"ignored not recorded: $($Error[0])"
$ErrorActionPreference = 'Stop'
try { Write-Error 'stopped by the preference' } catch { "preference: $_" }
$ErrorActionPreference = 'SilentlyContinue'
1/0
Write-Error 'hidden'
throw 'even a throw goes on'
'silently continued'
$ErrorActionPreference = 'Continue'
try { Write-Warning 'warned' -WarningAction Stop } catch { "warning stop: $($_.Exception.Message) / $($_.FullyQualifiedErrorId)" }
try { Write-Error 'not caught' 2>$null } catch { 'wrong' }
'a non-terminating error is not caught'
try { Get-Date -Bogus } catch { "a statement-terminating error is: $($_.FullyQualifiedErrorId)" }
Write-Error 'stop ends the script' -ErrorAction Stop
'not reached'
