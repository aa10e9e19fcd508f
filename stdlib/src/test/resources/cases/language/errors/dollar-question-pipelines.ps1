# $? after a pipeline is whether a command of that pipeline itself failed (pwsh's ExecutionFailed):
# errors of the pipelines a command runs inside itself are theirs.
function Test-WriteError { Write-Error "Bad" 2>$null; "inside: $?" }
Test-WriteError
"after the function: $?"

Write-Error "direct" 2>$null
"after Write-Error: $?"

1 | ForEach-Object { Write-Error "nested" } 2>$null
"after ForEach-Object: $?"

function Test-CmdletError {
    [CmdletBinding()]
    param()
    $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new(
        [System.Exception]::new("own"), 'Own', 'NotSpecified', $null))
}
Test-CmdletError 2>$null
"after `$PSCmdlet.WriteError: $?"

sh -c 'exit 3'
"after a failing program: $?"
0, 1 | ForEach-Object { sh -c "exit $_" }
"after ForEach-Object running a failing program: $?"
sh -c 'exit 1' && "not run" || "or ran"
0, 1 | ForEach-Object { sh -c "exit $_" } && "and ran"
