# Modules written by the case into its temporary folder, found through $env:PSModulePath
$root = (Get-Location).Path
$null = New-Item -ItemType Directory -Path mods/Greet, mods/Calc/1.2.0, mods/Calc/1.0.0
Set-Content mods/Greet/Greet.psm1 @'
$script:count = 0
$Greeting = 'Hello'
function Get-Greeting { param($Name) $script:count++; "$Greeting, $Name ($(Get-Suffix))" }
function Get-Suffix { "#$script:count" }
function Get-GreetCount { $script:count }
Export-ModuleMember -Function Get-Greeting, Get-GreetCount -Variable Greeting
'@
Set-Content mods/Calc/1.2.0/Calc.psd1 @'
@{
    RootModule = 'Calc.psm1'
    ModuleVersion = '1.2.0'
    Description = 'Adds numbers'
    GUID = '11111111-2222-3333-4444-555555555555'
    FunctionsToExport = @('Add-*')
}
'@
Set-Content mods/Calc/1.2.0/Calc.psm1 @'
function Add-Numbers { param([int]$a, [int]$b) $a + $b }
function Helper { 'hidden' }
"Calc is loading"
'@
Set-Content mods/Calc/1.0.0/Calc.psd1 "@{ ModuleVersion = '1.0.0'; RootModule = 'Calc.psm1' }"
$env:PSModulePath = "$root/mods"

Import-Module Greet
Get-Greeting World
Get-Greeting Again
Get-GreetCount
$Greeting
$Greeting = 'Hi'
Get-Greeting Shared
Get-Suffix
Get-Module

"--- a manifest: the highest version, its exports filtered"
$calc = Import-Module Calc -PassThru
$calc | Format-List Name, Version, ModuleType, Description, Guid
$calc.Path.Substring($root.Length)
Add-Numbers 2 3
Helper
Import-Module Calc
(Get-Module).Name -join ', '

"--- -ListAvailable"
Get-Module -ListAvailable | ForEach-Object { '{0} {1} {2}' -f $_.Name, $_.Version, $_.ModuleType }

"--- Remove-Module, -Force, -Prefix, paths"
Remove-Module Greet
# removed (auto-loading, on by default, would import it again from $env:PSModulePath)
$PSModuleAutoLoadingPreference = 'None'
Get-Greeting Gone
Remove-Variable PSModuleAutoLoadingPreference
(Get-Module).Name
Import-Module ./mods/Greet/Greet.psm1 -Prefix My
Get-MyGreeting Prefixed
Import-Module ./mods/Greet -Force -PassThru | ForEach-Object { $_.ExportedCommands.Keys -join ',' }
Get-Greeting Again

"--- New-Module"
$dynamic = New-Module -Name Dyn -ScriptBlock { param($start) $v = $start; function Get-V { $v }; function Set-V($x) { $script:v = $x } } -ArgumentList 5
Get-V
Set-V 7
Get-V
$dynamic.Name, $dynamic.ModuleType -join ' '
$null = New-Module { function Only-This { 'only' }; function Not-This { } } -Function Only-This
Only-This
Not-This

"--- errors"
Import-Module NoSuchModule
Export-ModuleMember -Function x
Remove-Module NoSuchModule
