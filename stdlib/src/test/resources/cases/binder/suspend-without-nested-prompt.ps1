# A script's host has no input loop to nest (as pwsh's default host): Suspend and $Host.EnterNestedPrompt() fail
"level $NestedPromptLevel"
function Change {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    if ($PSCmdlet.ShouldProcess('thing')) { 'changed' }
}
try { Change } catch { "caught: $($_.Exception.Message) ($($_.FullyQualifiedErrorId))" }
try { $Host.EnterNestedPrompt() } catch { "caught: $($_.Exception.Message) ($($_.FullyQualifiedErrorId))" }
$Host.ExitNestedPrompt()
"level $NestedPromptLevel"
