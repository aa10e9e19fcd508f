# No output is $null when assigned; @() always gives an array; $null output is one object.
function Nothing { }
function EmptyArray { @() }
function OneNull { $null }
$null -eq (Nothing)
$r = EmptyArray
$null -eq $r
@(EmptyArray).Count
@(OneNull).Count
(EmptyArray | Measure-Object).Count
@($null | ForEach-Object { "ran" }).Count
