# #Requires -Modules imports the modules a script names before it runs, or stops it with pwsh's error;
# #Requires -Version stops a script written for a later PowerShell. Module-qualified names find a
# module's commands.
$null = New-Item -ItemType Directory mods/Greeter/1.2.0
Set-Content mods/Greeter/1.2.0/Greeter.psm1 'function Get-Greeting { "hello from Greeter" }'
Set-Content mods/Greeter/1.2.0/Greeter.psd1 "@{ RootModule = 'Greeter.psm1'; ModuleVersion = '1.2.0'; FunctionsToExport = 'Get-Greeting' }"
$env:PSModulePath = Join-Path $PWD mods
Set-Content needs.ps1 "#Requires -Modules Greeter`nGet-Greeting`nGreeter\Get-Greeting"
Set-Content needs-spec.ps1 "#Requires -Modules @{ ModuleName = 'Greeter'; ModuleVersion = '1.0' }`n'1.0 or later is here'"
Set-Content needs-newer.ps1 "#Requires -Modules @{ ModuleName = 'Greeter'; ModuleVersion = '2.0' }`n'not reached'"
Set-Content needs-exact.ps1 "#Requires -Modules @{ ModuleName = 'Greeter'; RequiredVersion = '1.2.0' }`n'exactly 1.2.0'"
Set-Content needs-missing.ps1 "#requires -modules NoSuchModule`n'not reached'"
Set-Content needs-later.ps1 "#Requires -Version 7.9`n'not reached'"
Set-Content needs-older.ps1 "#Requires -Version 5.1`n'a 5.1 script runs'"
Set-Content needs-desktop.ps1 "#Requires -PSEdition Desktop`n'not reached'"
(Get-Module Greeter) -eq $null
./needs.ps1
(Get-Module Greeter).Version.ToString()
./needs-spec.ps1
./needs-newer.ps1
./needs-exact.ps1
./needs-missing.ps1
. ./needs-missing.ps1
./needs-later.ps1
./needs-older.ps1
./needs-desktop.ps1
Microsoft.PowerShell.Utility\Write-Output 'module-qualified cmdlet'
(Get-Command Microsoft.PowerShell.Management\Get-Item).Name
(Get-Command Greeter\Get-Greeting).CommandType
Microsoft.PowerShell.Core\Write-Output 'not a cmdlet of that module'
