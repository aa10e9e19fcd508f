# An advanced function's common parameters become its preference variables, which the commands it calls inherit
function Show-Preferences {
    [CmdletBinding()]
    param()
    "$ErrorActionPreference $WarningPreference $VerbosePreference $DebugPreference $InformationPreference $ProgressPreference"
    Write-Warning 'warning'
    Write-Verbose 'verbose'
    Write-Debug 'debug'
    Write-Information 'information'
    Write-Error 'error'
    'end of function'
}
Show-Preferences -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
Show-Preferences -ErrorAction Ignore -Verbose -Debug -InformationAction Continue -ProgressAction SilentlyContinue
Show-Preferences -ErrorAction Ignore -Verbose:$false -Debug:$false
try { Show-Preferences -ErrorAction Stop -WarningAction Ignore } catch { "caught: $_" }
"caller: $ErrorActionPreference $WarningPreference $VerbosePreference $DebugPreference"
