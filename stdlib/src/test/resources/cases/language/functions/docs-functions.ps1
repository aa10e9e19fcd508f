# about_Functions: a scope modifier on a function's name picks the scope it is defined in
function Global:Get-DependentSvs { 'global function' }
function script:Get-ScriptFunction { 'script function' }
& { function global:Get-FromChild { 'defined in a child scope' } }
& { function local:Get-ChildLocal { 'local' }; Get-ChildLocal }
Get-DependentSvs
Get-ScriptFunction
Get-FromChild
(Get-Command Get-DependentSvs).Name
(Get-ChildItem Function:Get-FromChild).Name
Test-Path Function:Get-ChildLocal

# about_Functions_Advanced_Parameters: a cast of a constant to a primitive type is a constant attribute argument
function Test-Range {
    param([ValidateRange([double]0, [double]10)] [double]$Number)
    $Number
}
Test-Range 10
try { Test-Range 10.5 } catch { $_.FullyQualifiedErrorId }
[ValidateRange([double]0,[double]10)] [double]$number = 10
try { $number = 10.5 } catch { $_.Exception.Message }
