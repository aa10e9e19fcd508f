# Automatic variables a session starts with; $PWD follows Set-Location; $PSScriptRoot and
# $PSCommandPath in a script file and in its functions.
$IsLinux, $IsWindows, $IsMacOS, $IsCoreCLR
$PSVersionTable.PSVersion.Major
$PSVersionTable.PSVersion.Minor
$PSVersionTable.PSEdition
$PSVersionTable.Platform
$PSVersionTable.PSVersion -ge [semver]'7.0.0'
$PSVersionTable.PSVersion -lt '8.0.0'
$PSVersionTable.PSVersion.GetType().FullName
$PSVersionTable.PSCompatibleVersions -join ', '
$PSVersionTable.Keys -join ', '
$HOME -eq $env:HOME
$PID -gt 0
$ShellId
$NestedPromptLevel
$PWD.GetType().FullName
$start = $PWD.Path
New-Item -ItemType Directory sub | Out-Null
Set-Location sub
(Split-Path -Leaf $PWD) + ' ' + ($PWD.Path -eq (Get-Location).Path)
Set-Location ..
$PWD.Path -eq $start
Set-Content lib.ps1 @'
function Get-LibRoot { Split-Path -Leaf $PSScriptRoot }
"script root matches: $($PSScriptRoot -eq (Get-Location).Path)"
"script path: $(Split-Path -Leaf $PSCommandPath)"
'@
. ./lib.ps1
(Get-LibRoot) -eq (Split-Path -Leaf $PWD)
Set-Location sub
(Get-LibRoot) -eq (Split-Path -Leaf $start)
