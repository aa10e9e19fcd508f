# $ExecutionContext.SessionState, $PSCmdlet.SessionState and InvokeCommand, as modules use them
New-Item -ItemType Directory data | Out-Null
$path = $ExecutionContext.SessionState.Path
$path.CurrentLocation.Path -eq $PWD.Path
$path.GetUnresolvedProviderPathFromPSPath('data\new.txt') -eq (Join-Path $PWD.Path 'data/new.txt')
$path.GetUnresolvedProviderPathFromPSPath('~') -eq $HOME
New-Item data/a.txt -Value x | Out-Null
$resolved = $path.GetResolvedPSPathFromPSPath('data/*.txt')
$resolved.GetType().Name
Split-Path -Leaf $resolved[0].Path
$provider = $null
Split-Path -Leaf ($path.GetResolvedProviderPathFromPSPath('data/a.txt', [ref]$provider))
$provider.Name
$path.Combine('a', 'b')
$path.ParseChildName('/x/y/z.txt')
$path.ParseParent('/x/y/z.txt', '')

$vars = $ExecutionContext.SessionState.PSVariable
$vars.Set('made', 42)
$made
$vars.GetValue('made')
$vars.GetValue('missing', 'default')
$vars.Get('made').Name
$vars.Remove('made')
$null -eq (Get-Variable made -ErrorAction SilentlyContinue)

$ExecutionContext.SessionState.LanguageMode
$null -eq $ExecutionContext.SessionState.Module
$ExecutionContext.Host.Name -eq $Host.Name

$name = 'world'
$ExecutionContext.InvokeCommand.ExpandString('hello $name, "$(1 + 1)" `$name')
& $ExecutionContext.InvokeCommand.NewScriptBlock('"new block"')

function Resolve-Target {
    [CmdletBinding()]
    param([string]$Path)
    $PSCmdlet.GetUnresolvedProviderPathFromPSPath($Path) -eq $PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
    $PSCmdlet.GetVariableValue('Path')
    $PSCmdlet.GetVariableValue('nothing', 'fallback')
}
Resolve-Target -Path data/x

# a module sees itself; OnRemove runs (with the module's private commands) when it is removed
New-Module -Name Inventory {
    function Get-ModuleName { $ExecutionContext.SessionState.Module.Name }
    function Write-Goodbye { "goodbye from $($args[0].Name)" }
    $ExecutionContext.SessionState.Module.OnRemove = { param($m) Write-Goodbye $m }
    Export-ModuleMember -Function Get-ModuleName
} | Import-Module
Get-ModuleName
Remove-Module Inventory

# the functions every session starts with
(Get-Command prompt).CommandType
prompt
Get-Command cd.., cd~, Pause | ForEach-Object Name
