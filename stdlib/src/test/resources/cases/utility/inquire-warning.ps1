# Inquire on the warning, verbose, debug and information streams: the record is written, then the host asks
'---- Yes goes on'
Write-Warning 'first' -WarningAction Inquire
'---- Yes to All holds for the rest of the command: its other pipeline records'
'a', 'b', 'c' | Write-Warning -WarningAction Inquire
'---- Halt Command stops the command with an ActionPreferenceStopException'
try {
    Write-Warning 'halted' -WarningAction Inquire
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
    "$($_.FullyQualifiedErrorId) / $($_.CategoryInfo.Category) / $($_.Exception.GetType().FullName)"
}
'---- $WarningPreference, and an advanced function whose -WarningAction becomes its $WarningPreference'
$WarningPreference = 'Inquire'
Write-Warning 'by preference'
$WarningPreference = 'Continue'
function Test-Warn { [CmdletBinding()] param() "inside: $WarningPreference"; Write-Warning 'from the function' }
Test-Warn -WarningAction Inquire
'---- -Debug sets $DebugPreference Continue (pwsh 7), but makes a cmdlet''s verbose messages Inquire'
Write-Debug 'debug message' -Debug
Write-Verbose 'verbose message' -Debug
function Test-Debug { [CmdletBinding()] param() "inside: $DebugPreference"; Write-Debug 'from the function' }
Test-Debug -Debug
'---- $DebugPreference and $VerbosePreference Inquire'
$DebugPreference = 'Inquire'
Write-Debug 'asked debug'
$DebugPreference = 'SilentlyContinue'
$VerbosePreference = 'Inquire'
Write-Verbose 'asked verbose'
$VerbosePreference = 'SilentlyContinue'
'---- information: the host does not show it under Inquire, a redirection receives it'
Write-Information 'not shown' -InformationAction Inquire
$captured = Write-Information 'captured' -InformationAction Inquire 6>&1
"captured: $captured"
'end'
