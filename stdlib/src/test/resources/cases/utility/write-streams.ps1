Write-Warning 'a warning'
Write-Verbose 'not shown'
Write-Verbose 'shown verbose' -Verbose
Write-Debug 'not shown'
Write-Debug 'shown debug' -Debug
Write-Information 'not shown'
Write-Information 'shown information' -InformationAction Continue
Write-Warning 'not shown' -WarningAction SilentlyContinue
Write-Warning 'ignored' -WarningAction Ignore
$VerbosePreference = 'Continue'
Write-Verbose 'verbose by preference'
Write-Verbose 'switched off' -Verbose:$false
$VerbosePreference = 'SilentlyContinue'
$WarningPreference = 'SilentlyContinue'
Write-Warning 'silenced by preference'
$WarningPreference = 'Continue'
$DebugPreference = 'Continue'
Write-Debug 'debug by preference'
$DebugPreference = 'SilentlyContinue'
$InformationPreference = 'Continue'
Write-Information 'information by preference'
$InformationPreference = 'SilentlyContinue'
'a message' | Write-Warning
Write-Warning -Message ''
try { Write-Verbose 'stop' -Verbose -ErrorAction Stop; 'verbose is not an error' } catch { 'wrong' }
$VerbosePreference = 'Stop'
try { Write-Verbose 'verbose stops' } catch { $_.Exception.Message }
$VerbosePreference = 'SilentlyContinue'
$i = Write-Information 'captured' -Tags a, b 6>&1
"$($i.MessageData) tags $($i.Tags -join ',') source $($i.Source)"
Write-Warning 'to a string' 3>&1 | Out-String
