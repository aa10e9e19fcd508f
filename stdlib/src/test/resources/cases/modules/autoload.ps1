# Module auto-loading: a command the session lacks is found in a module of $env:PSModulePath that exports it (a
# manifest naming it, or a script module defining it), which is imported first; Module\Command loads that module;
# $PSModuleAutoLoadingPreference = 'None' turns it off.
New-Item -ItemType Directory -Path mods/Greeter/1.0.0, mods/Plain | Out-Null
Set-Content mods/Greeter/1.0.0/Greeter.psd1 "@{ ModuleVersion = '1.0.0'; RootModule = 'Greeter.psm1'; FunctionsToExport = @('Get-Greeting') }"
Set-Content mods/Greeter/1.0.0/Greeter.psm1 "function Get-Greeting { param(`$Name) `"Hello, `$Name`" }`nfunction Get-Hidden { 'hidden' }"
Set-Content mods/Plain/Plain.psm1 "function Invoke-Plain { 'plain' }"
$saved = $env:PSModulePath
$env:PSModulePath = "$PWD/mods:" + $env:PSModulePath
(Get-Module).Name -contains 'Greeter'
Get-Greeting -Name World
(Get-Module Greeter).Version.ToString()
(Get-Command Get-Greeting).Source
try { Get-Hidden } catch { $_.FullyQualifiedErrorId }
Plain\Invoke-Plain
Remove-Module Plain
$PSModuleAutoLoadingPreference = 'None'
try { Invoke-Plain } catch { $_.FullyQualifiedErrorId }
$env:PSModulePath = $saved
