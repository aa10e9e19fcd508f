# An error written under -ErrorAction Stop is thrown as an ActionPreferenceStopException around the
# command's record; one that leaves a cmdlet (a nested command's error inside Invoke-Expression, or the
# cmdlet's own terminating error) as a CmdletInvocationException. Catch clauses match the wrapper and the
# record's exception, and $_ is the command's record either way.
try { Get-Item ./missing-file -ErrorAction Stop } catch [System.Management.Automation.ActionPreferenceStopException] {
    "stop: $($_.Exception.GetType().FullName) $($_.FullyQualifiedErrorId)"
}
try { Write-Error 'written' -ErrorAction Stop } catch [System.Management.Automation.ActionPreferenceStopException] {
    "write-error: $($_.Exception.GetType().Name) $_"
}
# the more specific handler for the record's exception wins over the wrapper's
try { Get-Item ./missing-file -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] {
    'item not found'
} catch [System.Management.Automation.ActionPreferenceStopException] { 'wrapper' }
try { Get-Item ./missing-file -ErrorAction Stop } catch [System.Management.Automation.RuntimeException] {
    "runtime: $($_.Exception.GetType().Name)"
}
# $ErrorActionPreference Stop on a script's own error throws the error itself, unwrapped
$ErrorActionPreference = 'Stop'
try { 1 / 0 } catch [System.Management.Automation.ActionPreferenceStopException] { 'wrong' } catch { "unwrapped: $($_.Exception.GetType().Name)" }
$ErrorActionPreference = 'Continue'

try { Invoke-Expression 'Get-Command -Name' } catch [System.Management.Automation.CmdletInvocationException] {
    "invocation: $($_.Exception.GetType().FullName)"
}
try { Invoke-Expression 'Get-Command -Name' } catch [System.Management.Automation.ParameterBindingException] {
    "binding: $($_.FullyQualifiedErrorId)"
}
# a binding error of the command itself is not wrapped, nor is throw inside a cmdlet's script block
try { Get-Command -Name } catch [System.Management.Automation.CmdletInvocationException] { 'wrong' } catch { "direct: $($_.Exception.GetType().Name)" }
try { 1 | ForEach-Object { throw 'thrown' } } catch [System.Management.Automation.CmdletInvocationException] { 'wrong' } catch { "throw: $_" }
trap [System.Management.Automation.ActionPreferenceStopException] { "trap: $($_.Exception.GetType().Name)"; continue }
Get-Item ./missing-file -ErrorAction Stop
'end'
