# A function's -ErrorVariable keeps the errors recorded by the commands whose output is the function's
# (the last command of each of its pipelines, and the script blocks they run), its statements' terminating
# errors, caught ones included; not those of a command whose output goes to another command or a variable.
function Get-Inner {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][string] $InputText)
    Write-Error "inner-error"
    $InputText
}
function Get-Outer {
    [CmdletBinding()]
    param()
    Write-Error 'outer-error'
    Get-Inner 'a' -ErrorVariable script:first | Get-Inner -ErrorVariable script:second
    $captured = Get-Inner 'b'
    try { throw 'caught-exception' } catch { }
    1 | ForEach-Object { Write-Error 'foreach-error' }
    Invoke-Expression "Write-Error 'iex-error'"
}
Get-Outer -ErrorVariable outer 2>$null | Out-Null
"first: $($script:first -join ', ')"
"second: $($script:second -join ', ')"
"outer: $($outer -join ', ')"

# errors under SilentlyContinue are recorded too, and a function's own $PSCmdlet.WriteError; the error of
# a command whose output is assigned is not
function Get-Quiet {
    [CmdletBinding()]
    param()
    Write-Error 'quiet' -ErrorAction SilentlyContinue
    $null = Get-Item ./missing-file -ErrorAction SilentlyContinue -ErrorVariable missing
    $PSCmdlet.WriteError($missing[0])
}
Get-Quiet -ErrorVariable quiet 2>$null
"quiet: $($quiet.Count) $($quiet[0]) / $($quiet[1].FullyQualifiedErrorId)"

# through a function without -ErrorVariable that is the last command, to the caller's
function Get-Middle { Get-Inner 'm' }
function Get-Top { [CmdletBinding()] param() Get-Middle | Out-Null; Get-Middle }
Get-Top -ErrorVariable top 2>$null | Out-Null
"top: $($top -join ', ') ($($top.Count))"
