# $PSDefaultParameterValues: keys, wildcards, script blocks, Disabled, explicit arguments and parameter sets
function Get-Thing {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(ParameterSetName = 'ByName', Position = 0)][string]$Name = 'none',
        [Parameter(ParameterSetName = 'ById')][int]$Id,
        [Alias('Sz')][int]$Size = 1
    )
    "$($PSCmdlet.ParameterSetName) Name=$Name Id=$Id Size=$Size bound=$(($PSBoundParameters.Keys | Sort-Object) -join ',')"
}
function simple($Name = 'none') { "simple Name=$Name" }
$PSDefaultParameterValues.GetType().FullName
'---- a default, and explicit arguments win'
$PSDefaultParameterValues['Get-Thing:Name'] = 'dflt'
Get-Thing
Get-Thing explicit
'---- only while the parameter set admits it'
Get-Thing -Id 5
'---- simple functions ignore them'
$PSDefaultParameterValues['simple:Name'] = 'x'
simple
'---- wildcards in both parts, parameter aliases'
$PSDefaultParameterValues['Get-*:Sz'] = 7
Get-Thing
'---- a script block gets the binding state as $args[0]'
$PSDefaultParameterValues.Remove('Get-*:Sz')
$PSDefaultParameterValues['Get-Thing:Size'] = { if ($args[0].BoundParameters.Contains('Id')) { 100 } else { 3 } }
Get-Thing
Get-Thing -Id 2
$PSDefaultParameterValues['Get-Thing:Size'] = { }
Get-Thing -Id 2
'---- Disabled'
$PSDefaultParameterValues['Disabled'] = $true
Get-Thing
$PSDefaultParameterValues['Disabled'] = $false
Get-Thing
# Assigned in a script block, $PSDefaultParameterValues is a plain hashtable of that scope
& {
    '---- cmdlets, by name and by alias'
    $PSDefaultParameterValues = @{ 'Select-Object:First' = 2 }
    1..5 | Select-Object
    $PSDefaultParameterValues = @{ 'select:Last' = 1 }
    1..5 | Select-Object
    '---- a default that does not bind is a warning'
    $PSDefaultParameterValues = @{ 'Get-Thing:Id' = 'abc' }
    Get-Thing
    '---- keys of a bad form, patterns matching several parameters, different values for one parameter'
    $PSDefaultParameterValues = @{ 'oops' = 1; 'Get-Thing:Name' = 'L' }
    Get-Thing
    $PSDefaultParameterValues.Count
    $PSDefaultParameterValues = @{ 'Get-Thing:S*' = 4 }
    Get-Thing
    $PSDefaultParameterValues = @{ 'Get-Thing:Size' = 4; 'Get-*:Sz' = 5 }
    Get-Thing
}
'---- the global dictionary refuses bad keys'
$PSDefaultParameterValues.Clear()
try { $global:PSDefaultParameterValues['bad'] = 1 } catch { $_.Exception.GetType().Name; $_.Exception.Message }
$global:PSDefaultParameterValues.Add(' Get-Thing : Name ', 'spaces')
try { $global:PSDefaultParameterValues.Add('Get-Thing : Name', 1) } catch { $_.Exception.InnerException.Message }
$global:PSDefaultParameterValues['  Get-Thing : Name']
Get-Thing
try { $global:PSDefaultParameterValues = @{ 'bad' = 1; 'x:y' = 2; 3 = 4 } } catch { $_.Exception.Message }
$global:PSDefaultParameterValues = @{ '"Get-Thing":''Size''' = 9 }
$global:PSDefaultParameterValues.GetType().Name
Get-Thing
'---- an error while defaults are bound says so'
function Need {
    [CmdletBinding()]
    param([Parameter(ParameterSetName = 'A', Mandatory)]$A, [Parameter(ParameterSetName = 'B')]$B,
          [Parameter(ParameterSetName = 'B', Mandatory)]$C)
    'ran'
}
$global:PSDefaultParameterValues = @{ 'Need:B' = 1 }
Need
