# pwsh on Unix takes \ as a path separator too, so scripts written on Windows run unchanged
New-Item -ItemType Directory lib | Out-Null
Set-Content -LiteralPath lib/helpers.ps1 -Value 'function Get-Helper { "helper from $(Split-Path -Leaf $PSCommandPath)" }'
Set-Content -LiteralPath lib/run.ps1 -Value '"run.ps1 ran with $args"'
Set-Content -LiteralPath lib/lines.txt -Value 'one', 'two'
. .\lib\helpers.ps1
Get-Helper
& .\lib\run.ps1 a b
.\lib\run.ps1 c
. "$PWD\lib\helpers.ps1"
switch -File .\lib\lines.txt { default { "line: $_" } }
Test-Path .\lib\lines.txt
Get-Content .\lib\lines.txt -TotalCount 1
Set-Content -LiteralPath lib/Tool.psm1 -Value 'function Get-Tool { "tool" }'
Import-Module .\lib\Tool.psm1
Get-Tool
