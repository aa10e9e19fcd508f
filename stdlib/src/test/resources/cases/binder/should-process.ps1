# -Confirm, ConfirmImpact against $ConfirmPreference, and the answers of the confirmation prompt
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([Parameter(ValueFromPipeline)][string]$Name)
    process {
        if ($PSCmdlet.ShouldProcess($Name, 'Remove Thing')) { "removed $Name" } else { "kept $Name" }
    }
}
function Set-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(ValueFromPipeline)][string]$Name)
    process {
        if ($PSCmdlet.ShouldProcess($Name)) { "set $Name" }
    }
}
'---- High impact asks: No, then Yes to All for the remaining records'
'a', 'b', 'c' | Remove-Thing
'---- -Confirm:$false and $ConfirmPreference None do not ask'
'd' | Remove-Thing -Confirm:$false
$ConfirmPreference = 'None'
'e' | Remove-Thing
$ConfirmPreference = 'High'
'---- Medium impact asks only with -Confirm, or $ConfirmPreference Medium; No to All'
'f' | Set-Thing
'g', 'h' | Set-Thing -Confirm
$ConfirmPreference = [System.Management.Automation.ConfirmImpact]::Medium
'i' | Set-Thing
$ConfirmPreference = 'High'
'---- -WhatIf wins and does not ask'
'j' | Remove-Thing -WhatIf
'---- help, an answer that is no choice, the whole label'
'k' | Remove-Thing
'---- description, warning and caption'
function Reset-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    $PSCmdlet.ShouldProcess('Resetting the thing.', 'Reset the thing?', 'Reset')
}
Reset-Thing
'---- -Confirm is inherited by the commands a function calls'
function Outer { [CmdletBinding(SupportsShouldProcess)] param() "ConfirmPreference=$ConfirmPreference"; 'l' | Set-Thing }
Outer -Confirm
'---- an empty answer takes the default, Yes'
'm' | Remove-Thing
$ConfirmPreference
$WhatIfPreference
