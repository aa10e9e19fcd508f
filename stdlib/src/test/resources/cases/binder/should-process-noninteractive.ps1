# A session that cannot prompt fails where confirmation is needed, and only there
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([string]$Name)
    if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" }
}
Remove-Thing -Name a -Confirm:$false
Remove-Thing -Name b -WhatIf
Remove-Thing -Name c
'after'
$env:JPOSH_NONINTERACTIVE = 'x'
Remove-Item Env:JPOSH_NONINTERACTIVE -Confirm
"still there: $env:JPOSH_NONINTERACTIVE"
Remove-Item Env:JPOSH_NONINTERACTIVE
"removed: $($null -eq $env:JPOSH_NONINTERACTIVE)"
