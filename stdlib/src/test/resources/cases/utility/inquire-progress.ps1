# Inquire on the progress stream: the record goes to the host's progress display (none without a terminal),
# then the host asks, as pwsh's WriteProgress
'---- -ProgressAction Inquire: Yes goes on'
Write-Progress -Activity 'Working' -Status 'half' -PercentComplete 50 -ProgressAction Inquire
'after Yes'
'---- Halt Command stops the command with an ActionPreferenceStopException'
try {
    Write-Progress -Activity 'Halted' -ProgressAction Inquire
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
    "$($_.FullyQualifiedErrorId) / $($_.CategoryInfo.Category) / $($_.Exception.GetType().FullName)"
}
'---- $ProgressPreference Inquire, and an advanced function whose -ProgressAction becomes its $ProgressPreference'
$ProgressPreference = 'Inquire'
Write-Progress -Activity 'By preference'
'after Yes to All'
$ProgressPreference = 'Continue'
function Test-Progress { [CmdletBinding()] param() "inside: $ProgressPreference"; Write-Progress -Activity 'Inner' }
Test-Progress -ProgressAction Inquire
'---- Stop: shown, then the command stops'
try {
    Write-Progress -Activity 'Stopped' -ProgressAction Stop
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
}
'---- SilentlyContinue neither shows nor asks'
Write-Progress -Activity 'Silent' -ProgressAction SilentlyContinue
'end'
