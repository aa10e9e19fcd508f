# The proxy-command pattern: a function wraps a cmdlet through a steppable pipeline.
function Write-Output {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline = $true, Mandatory = $true)][object[]]$InputObject)
    begin {
        $wrapped = $ExecutionContext.InvokeCommand.GetCommand('Write-Output', 'Cmdlet')
        "wrapping a $($wrapped.CommandType) from $($MyInvocation.CommandOrigin)"
        $PSBoundParameters['InputObject'] = $null
        [void]$PSBoundParameters.Remove('InputObject')
        $scriptCmd = { & $wrapped @PSBoundParameters }
        $steppable = $scriptCmd.GetSteppablePipeline([System.Management.Automation.CommandOrigin]::Internal)
        $steppable.Begin($PSCmdlet)
    }
    process { $steppable.Process("<$_>") }
    end { $steppable.End() }
}
1, 2, 3 | Write-Output | ForEach-Object { "got $_" }
$ExecutionContext.InvokeCommand.GetCommand('Write-Output', 'Function').CommandType
$null -eq $ExecutionContext.InvokeCommand.GetCommand('No-SuchCommand', 'Cmdlet')
