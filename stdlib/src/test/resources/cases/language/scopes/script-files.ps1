Set-Content lib.ps1 '$libVar = "from lib"; function LibFunc { "lib function" }'
Set-Content child.ps1 'param($Name) "child got $Name"; $childVar = 1'
./child.ps1 -Name x
"[$childVar]"
. ./lib.ps1
$libVar
LibFunc
& ./child.ps1 y
