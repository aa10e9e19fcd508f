# The binder's warnings ($PSDefaultParameterValues problems) go through the command's warning action, as pwsh's
# binder writes them through the command's runtime: Inquire asks, Stop stops the command
function Get-Thing { [CmdletBinding()] param([int]$Id) "Id=$Id" }
$PSDefaultParameterValues = @{ 'Get-Thing:Id' = 'abc' }
'---- a default that does not bind, under -WarningAction Inquire: the warning, then Yes goes on'
Get-Thing -WarningAction Inquire
'---- Halt Command stops the command'
try {
    Get-Thing -WarningAction Inquire
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
}
'---- Stop'
try {
    Get-Thing -WarningAction Stop
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
}
'---- $WarningPreference Inquire: Yes to All to a bad key''s warning holds for the command''s own warnings'
& {
    $WarningPreference = 'Inquire'
    $PSDefaultParameterValues = @{ 'oops' = 1 }
    Write-Warning 'own warning'
}
'end'
