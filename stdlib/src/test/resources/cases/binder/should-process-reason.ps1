# ShouldProcess(description, warning, caption, [ref]$reason) says why it answered: WhatIf, or None
function Test-Reason {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    $reason = 'unset'
    $answer = $PSCmdlet.ShouldProcess('Doing the thing.', 'Do the thing?', 'Thing', [ref]$reason)
    "answer=$answer reason=$reason type=$($reason.GetType().FullName)"
}
Test-Reason -WhatIf
Test-Reason -Confirm:$false
Test-Reason
Test-Reason
$WhatIfPreference = $true
Test-Reason
$WhatIfPreference = $false
[System.Management.Automation.ShouldProcessReason]::WhatIf.value__
[enum]::GetNames([System.Management.Automation.ShouldProcessReason]) -join ','
[System.Management.Automation.ShouldProcessReason]'None, WhatIf'
