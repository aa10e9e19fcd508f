# & $module runs code in the module's scope, where its private functions and script variables are
$module = New-Module -Name Counter {
    $script:count = 5
    function Get-Internal { "internal $count $args" }
    function Get-Count { $script:count }
    function global:Show-Count { "global function sees $(Get-Internal)" }
    Export-ModuleMember -Function Get-Count
}
& $module { $script:count }
& $module Get-Internal a b
. $module { $script:count = 6 }
Get-Count
Show-Count
$bound = $module.NewBoundScriptBlock({ Get-Internal 'bound' })
& $bound
try { Get-Internal } catch { $_.FullyQualifiedErrorId }
& $module { param($x) "param $x" } 42
