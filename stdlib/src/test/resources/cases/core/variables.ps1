# Get/Set/New/Remove/Clear-Variable with scopes, options and their errors.
$alpha = 1
$alphabet = 'abc'
Get-Variable alpha*
Get-Variable -Name alpha -ValueOnly
Get-Variable alpha* -Exclude alphabet -ValueOnly
function Show-Scopes {
    $alpha = 2
    Get-Variable alpha -Scope 1 -ValueOnly
    Get-Variable alpha -ValueOnly
    Get-Variable alpha -Scope local -ValueOnly
    Set-Variable beta 5
    $beta
    Set-Variable gamma 7 -Scope global
    Set-Variable alpha 3 -Scope script
}
Show-Scopes
$gamma
$alpha
$null -eq $beta
New-Variable alpha 3
New-Variable delta 4 -Option ReadOnly -Description 'fixed'
(Get-Variable delta).Options
(Get-Variable delta).Description
$delta = 5
Set-Variable delta 6
Set-Variable delta 6 -Force
$delta
Remove-Variable delta
Remove-Variable delta -Force
Get-Variable delta
Clear-Variable alpha
$null -eq $alpha
Get-Variable alpha
Get-Variable nothere*
Get-Variable nothere
Get-Variable alpha -Scope 99
Get-Variable alpha -Scope outer
'q' | Set-Variable piped
$piped
1, 2 | Set-Variable pair
$pair.Count
$v = Set-Variable -Name nv -Value 1 -PassThru
$v.Name, $v.Value
$v = New-Variable -Name created -Value 'x' -PassThru
$v.Value
Remove-Variable created, nv
Get-Variable created
$true, $false, $null
Set-Variable -Name 'c1' -Value 10 -Option Constant
Remove-Variable c1 -Force
$c1
