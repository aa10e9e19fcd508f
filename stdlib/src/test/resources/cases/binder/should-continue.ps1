# ShouldContinue asks whatever the preferences say; the [ref] overload remembers Yes/No to All
function Ask {
    [CmdletBinding()]
    param()
    $yes = $false; $no = $false
    foreach ($i in 1..3) {
        if ($PSCmdlet.ShouldContinue("Process item ${i}?", 'Question', [ref]$yes, [ref]$no)) { "yes $i" } else { "no $i" }
    }
    "yesToAll=$yes noToAll=$no"
    $yes = $false; $no = $false
    foreach ($i in 4..5) {
        if ($PSCmdlet.ShouldContinue("Process item ${i}?", 'Question', [ref]$yes, [ref]$no)) { "yes $i" } else { "no $i" }
    }
    "yesToAll=$yes noToAll=$no"
    $PSCmdlet.ShouldContinue('Plain question?', '')
    $no = $false
    $PSCmdlet.ShouldContinue('', 'Security', $true, [ref]$yes, [ref]$no)
}
$ConfirmPreference = 'None'
Ask
'---- cmdlets: Remove-Item on the Env: drive, New-Item and Remove-Job'
$env:JPOSH_CONFIRM_A = '1'
$env:JPOSH_CONFIRM_B = '2'
Remove-Item Env:JPOSH_CONFIRM_* -Confirm
"A: $env:JPOSH_CONFIRM_A B: $env:JPOSH_CONFIRM_B"
New-Item Env:JPOSH_CONFIRM_C -Value 3 -Confirm | Out-Null
"C: $env:JPOSH_CONFIRM_C"
$job = Start-ThreadJob { 'done' }
$null = Wait-Job $job
Remove-Job $job -Confirm
(Get-Job -Id $job.Id).State
Remove-Job $job -Confirm:$false
@(Get-Job).Count
