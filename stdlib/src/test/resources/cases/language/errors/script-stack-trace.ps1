# An error's ScriptStackTrace lists the script frames that ran where it happened, innermost first
function Inner { throw 'inner failed' }
function Middle {
    'middle runs'
    Inner
}
try { Middle } catch { $_.ScriptStackTrace }

# & { } and . { } are frames of their own; so are a ForEach-Object block and a class method
try { & { . { Inner } } } catch { $_.ScriptStackTrace }
try {
    1 | ForEach-Object {
        Inner
    }
} catch { $_.ScriptStackTrace }
class Worker {
    [void] Run() {
        Inner
    }
}
try { [Worker]::new().Run() } catch { $_.ScriptStackTrace }

# a named block shows its name; a parameter's default value is no frame
function Blocks {
    param($Value = (Get-PSCallStack).Count)
    begin { "begin sees $((Get-PSCallStack)[0].FunctionName), default saw $Value frames" }
    process { Inner }
}
try { 1 | Blocks } catch { $_.ScriptStackTrace }

# a non-terminating error records the stack too, at the command that wrote it
function Warn { Write-Error 'soft' -ErrorAction SilentlyContinue -ErrorVariable e; $e[0].ScriptStackTrace }
Warn

# a script file's frames name the file
Set-Content -Path ./inner.ps1 -Value @'
param($Depth)
function Recurse($n) {
    if ($n -eq 0) { throw 'bottom' }
    Recurse ($n - 1)
}
Recurse $Depth
'@
try { ./inner.ps1 2 } catch { $_.ScriptStackTrace }

# Get-PSCallStack: the caller's frame first, with the command, its arguments and the location
function Show([int]$Count, [string]$Label) { Get-PSCallStack | Select-Object -First 2 }
function Outer { Show 3 'x' }
Outer | Format-Table -AutoSize
Set-Content -Path ./frames.ps1 -Value @'
function Here { param($a, [switch]$Quiet) Get-PSCallStack | Select-Object -First 2 }
Here -a 1 -Quiet extra
'@
./frames.ps1 | Format-List Command, Arguments, Location, FunctionName, ScriptLineNumber
$frame = & { Get-PSCallStack } | Select-Object -First 1
$frame.GetType().FullName
$frame.ToString()
$frame.GetScriptLocation()
function Vars { $local = 'mine'; (Get-PSCallStack)[0].GetFrameVariables()['local'].Value }
Vars
