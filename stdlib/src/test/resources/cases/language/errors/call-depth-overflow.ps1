# There is no fixed limit: a call that finds too little stack raises pwsh's CallDepthOverflow, which passes the
# statements on its way out (it is no RuntimeException) up to a try/catch, or ends the script.
function Down([int]$n) { if ($n -eq 0) { return 0 }; return (Down ($n - 1)) + 1 }
Down 100
try {
    Down 100000000
    'not reached'
} catch {
    "$($_.FullyQualifiedErrorId), $($_.CategoryInfo.Category), target $($_.TargetObject): $($_.Exception.Message)"
    $_.Exception.GetType().Name
}
'the session goes on'
Down 100
$block = { & $block }
try { & $block } catch [System.Management.Automation.ScriptCallDepthException] { 'caught by its type' }
class Node { [int] Depth([int]$n) { return $this.Depth($n + 1) } }
try { [Node]::new().Depth(0) } catch { 'a method calling itself: ' + $_.FullyQualifiedErrorId }
Down 100000000
'not reached either'
