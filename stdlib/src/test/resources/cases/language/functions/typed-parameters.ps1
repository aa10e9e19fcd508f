# A typed parameter is a variable constrained to its type, whichever way the function is called and the
# variable is reached afterwards.
function Set-Converted([int]$n) { $n = "5"; $n.GetType().Name; try { $n = "x" } catch { 'conversion failed' }; $n }
Set-Converted 1

# Removed, the variable is made again without the constraint.
function Remove-Typed([int]$n) { Remove-Variable n; $n = "abc"; $n; $n = "def"; $n.GetType().Name }
Remove-Typed 1

# Get-Variable and [ref] reach the constrained variable itself.
function Get-Typed([int]$n) { $v = Get-Variable n; $v.Value = "7"; $n; $n.GetType().Name; $v.Attributes.Count -ge 0 }
Get-Typed 1
function Set-ByRef([int]$n) { $ref = [ref]$n; $ref.Value = "3"; $n.GetType().Name; $n }
Set-ByRef 1

# A child scope's assignment makes a variable of its own; a dot-sourced block's goes through the constraint.
function Set-InChild([int]$n) { & { $n = "9"; $n.GetType().Name }; $n.GetType().Name }
Set-InChild 1
function Set-DotSourced([int]$n) { . { $n = "9" }; $n.GetType().Name; $n }
Set-DotSourced 1

# Compound assignment and ++ keep the type.
function Step-Typed([int]$n) { $n++; $n; $n += "2"; $n; $n.GetType().Name }
Step-Typed 4

# A default is converted like an argument; a class constructor's parameters are typed the same way.
function Get-Default([int]$n = 3) { $n; $n.GetType().Name }
Get-Default
Get-Default "7"
class Counter {
    [int]$Value
    Counter([int]$start) { $start = "12"; $this.Value = $start + 1 }
}
[Counter]::new(1).Value

# Get-Variable lists typed and untyped parameters alike; a closure copies the value.
function Get-Locals([int]$n, $u) {
    (Get-Variable -Scope 0 | Where-Object Name -in 'n', 'u' | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ','
}
Get-Locals 5 x
function Get-Closure([int]$n) { $block = { $n }.GetNewClosure(); $n = 1; & $block }
Get-Closure 8

# Advanced functions bind through the full binder.
function Set-Advanced { param([Parameter(Mandatory)][int]$n) $n = "4"; $n.GetType().Name; $n }
Set-Advanced -n 2
