# A session that cannot prompt fails where Inquire would ask, as pwsh -NonInteractive does
Write-Warning 'written, then the question fails' -WarningAction Inquire
'after the warning'
try { Write-Error 'not written' -ErrorAction Inquire } catch { "caught: $($_.FullyQualifiedErrorId)" }
function Test-WriteError { [CmdletBinding()] param($Record) $PSCmdlet.WriteError($Record) }
$record = Write-Error 'from the function' 2>&1
try { Test-WriteError -Record $record -ErrorAction Inquire } catch { "caught: $($_.Exception.Message)" }
'---- Inquire for an error in a script statement'
$ErrorActionPreference = 'Inquire'
$x = 1 / 0
'not reached'
