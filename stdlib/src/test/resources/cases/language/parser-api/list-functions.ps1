# A typical tool: list the functions of a script file and the commands each one calls.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ("jposh-astapi-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$file = Join-Path $dir 'tool.ps1'
Set-Content -Path $file -Value @'
function Get-Report {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Path,
        [int] $Top = 10
    )
    $items = Get-ChildItem -Path $Path -Recurse |
        Where-Object { -not $_.PSIsContainer } |
        Sort-Object Length -Descending
    $items | Select-Object -First $Top | ForEach-Object { Format-Line $_ }
}

function Format-Line($item) {
    "{0,10} {1}" -f $item.Length, $item.Name
    & $callback $item
}

filter Only-Big { if ($_.Length -gt 1mb) { $_ } }
Get-Report -Path .
'@

$tokens = $null
$errors = $null
$ast = [System.Management.Automation.Language.Parser]::ParseFile($file, [ref]$tokens, [ref]$errors)
"errors: $($errors.Count)"
"file matches: $($ast.Extent.File -eq $file)"
$isFunction = { param($node) $node -is [System.Management.Automation.Language.FunctionDefinitionAst] }
$isCommand = { param($node) $node -is [System.Management.Automation.Language.CommandAst] }
foreach ($function in $ast.FindAll($isFunction, $true)) {
    $kind = if ($function.IsFilter) { 'filter' } else { 'function' }
    "$kind $($function.Name) (lines $($function.Extent.StartLineNumber)-$($function.Extent.EndLineNumber))"
    $parameters = if ($function.Parameters) { $function.Parameters } else { $function.Body.ParamBlock.Parameters }
    foreach ($parameter in $parameters) {
        $default = if ($parameter.DefaultValue) { " = $($parameter.DefaultValue)" } else { '' }
        "  parameter `$$($parameter.Name.VariablePath.UserPath)$default"
    }
    foreach ($command in $function.Body.FindAll($isCommand, $true)) {
        $name = $command.GetCommandName()
        if ($name) {
            "  calls $name at line $($command.Extent.StartLineNumber)"
        } else {
            "  calls an expression: $($command.CommandElements[0])"
        }
    }
}
$top = $ast.EndBlock.Statements | Where-Object { $_ -isnot [System.Management.Automation.Language.FunctionDefinitionAst] }
"top-level: $top"
Remove-Item -Recurse -Force $dir
