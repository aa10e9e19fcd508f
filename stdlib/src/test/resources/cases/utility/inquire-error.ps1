# Inquire on the error stream asks before the error is written, with its message
'---- Yes writes the error and goes on'
Write-Error 'first error' -ErrorAction Inquire
"recorded: $($Error[0])"
'---- Yes to All holds for the rest of the command: its other pipeline records'
'a', 'b' | Write-Error -ErrorAction Inquire
'---- Halt Command stops the command: the error is not written'
$before = $Error.Count
try {
    Write-Error 'halted error' -ErrorAction Inquire
    'not reached'
} catch {
    "caught: $($_.Exception.Message) ($($_.FullyQualifiedErrorId))"
}
"recorded: $($Error.Count - $before)"
'---- $PSCmdlet.WriteError in an advanced function with -ErrorAction Inquire'
function Test-WriteError {
    [CmdletBinding()]
    param($Record)
    $PSCmdlet.WriteError($Record)
    'after WriteError'
}
$record = Write-Error 'from the function' 2>&1
Test-WriteError -Record $record -ErrorAction Inquire
'---- $ErrorActionPreference Inquire: an error in a script statement offers Continue, Silently Continue, Break'
$ErrorActionPreference = 'Inquire'
$x = 1 / 0
'after Continue'
$x = 1 / 0
'after Silently Continue'
'---- inside try the error goes to the catch without asking, as in pwsh'
try { $x = 1 / 0; 'not reached' } catch { "caught: $($_.Exception.Message)" }
'---- Break stops the script'
$x = 1 / 0
'not reached'
