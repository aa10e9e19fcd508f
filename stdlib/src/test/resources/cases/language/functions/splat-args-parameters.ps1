# A parameter given to a simple function stays a parameter when $args is splatted on (pwsh's hidden
# <CommandParameterName> note), while the same text quoted stays a string
function Show-Inner { param([switch]$Switch, $First, $Second) "Switch=$Switch First=$First Second=$Second rest=$($args -join '|')" }
function Invoke-Outer { Show-Inner @args }
Invoke-Outer -First 1 -Second 2
Invoke-Outer -Second b a
Invoke-Outer -Switch -First x extra
Invoke-Outer '-First' 1
function Invoke-Advanced { [CmdletBinding()] param($Name, [switch]$Force) "Name=$Name Force=$Force" }
function Invoke-Relay { Invoke-Advanced @args }
Invoke-Relay -Force -Name n
function Invoke-Cmdlet { Write-Output @args }
Invoke-Cmdlet -NoEnumerate 1, 2 | ForEach-Object { $_.Count }
# $args shows the parameter's text, a string
function Show-Args { $args[0]; $args[0] -eq '-x:'; $args[0] -is [string]; $args.Count }
Show-Args -x:5
# as in pwsh (PowerShell/PowerShell#25086), -Switch:$false relayed this way is a present switch and a positional $false
Invoke-Outer -Switch:$false -First 3
