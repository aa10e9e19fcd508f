# clean (7.3) runs last however the pipeline ends, and its output goes nowhere (pwsh's CleanResource)
function Get-WithClean { end { 'end output' } clean { 'clean output'; Write-Host 'clean ran' } }
$r = Get-WithClean
"captured: $r"
function Fail-InProcess { process { throw 'boom' } clean { Write-Host 'clean after a process error' } }
try { 1 | Fail-InProcess } catch { "caught $_" }
function Fail-InEnd { end { throw 'boom in end' } clean { Write-Host 'clean after an end error' } }
try { Fail-InEnd } catch { "caught $_" }
function Get-Many { process { $_ } clean { Write-Host 'clean after Select-Object stopped it' } }
1..5 | Get-Many | Select-Object -First 2
$sb = { end { 'sb end' } clean { Write-Host 'script block clean' } }
& $sb
