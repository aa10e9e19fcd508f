# An error that ends one pipeline of a chain is handled as a statement's error: traps, try and throw decide.
filter Test-Stop {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][int[]]$input)
    if ($input -ne 4) { return $input }
    $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new(
        [System.Exception]::new("PIPELINE"), 'PIPELINE', 'NotSpecified', $null))
}
function Test-Throw { throw 'TERMINATE' }

# ThrowTerminatingError stops the whole pipeline (5 is never processed) and fails the statement
$r = 1, 3, 4, 5 | Test-Stop 2>$null || Write-Output 2
$r -join ','

try { "Hi" && Test-Throw || "Bye" } catch { "caught $_" } finally { "Final" }

& {
    trap { "trapped $_"; continue }
    Test-Throw || Write-Output "after the trap"
    Write-Output 2 && Test-Throw && "not run"
}

# a parameter named input keeps its value ($input is not the automatic variable there)
filter Test-Input {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][object[]]$input)
    "got $input"
}
1, 2 | Test-Input
