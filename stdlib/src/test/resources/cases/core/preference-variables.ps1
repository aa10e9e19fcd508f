# the preference variables hold [System.Management.Automation.ActionPreference] values
$ErrorActionPreference.GetType().FullName
[int]$VerbosePreference
$ErrorActionPreference = [System.Management.Automation.ActionPreference]::Stop
try { Get-Item -Path /no/such/item; 'not stopped' } catch { 'stopped' }
$ErrorActionPreference = 'Continue'
function Get-Preference { [CmdletBinding()] param() $ErrorActionPreference; $ErrorActionPreference.GetType().Name }
Get-Preference -ErrorAction Ignore
# an enum binds to a switch by its number, so -Verbose:$VerbosePreference is on for Continue
function Write-Note { [CmdletBinding()] param() Write-Verbose 'a note' }
Write-Note -Verbose:$VerbosePreference 4>&1 | ForEach-Object { "off: $_" }
$VerbosePreference = [System.Management.Automation.ActionPreference]::Continue
Write-Note -Verbose:$VerbosePreference 4>&1 | ForEach-Object { "on: $_" }
