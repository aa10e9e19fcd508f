# Write-Host writes an information record tagged PSHOST: the host shows it under Inquire (unlike other
# information records), then asks, as pwsh's WriteInformation
'---- -InformationAction Inquire: shown, then Yes goes on'
Write-Host 'shown first' -InformationAction Inquire
'after Yes'
'---- Yes to All holds for the rest of the command: its other pipeline records'
'a', 'b', 'c' | Write-Host -InformationAction Inquire
'---- Halt Command stops the command with an ActionPreferenceStopException'
try {
    Write-Host 'halted' -InformationAction Inquire
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
    "$($_.FullyQualifiedErrorId) / $($_.CategoryInfo.Category)"
}
'---- $InformationPreference Inquire asks after Write-Host too'
$InformationPreference = 'Inquire'
Write-Host 'by preference' -NoNewline
Write-Host ' and on'
$InformationPreference = 'SilentlyContinue'
'---- Stop: shown, then the command stops'
try {
    Write-Host 'stopping' -InformationAction Stop
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
}
'---- Ignore shows nothing'
Write-Host 'ignored' -InformationAction Ignore
'end'
