# Get-Command: CommandInfo objects, syntax built from the parameter metadata, errors.
Get-Command Get-Alias
Get-Command -Verb Get -Noun Alias, Variable
(Get-Command Get-Variable).Source
(Get-Command Get-Command).Source
(Get-Command gcm).CommandType
(Get-Command gcm).ResolvedCommand.Name
Get-Command Get-Variable -Syntax
Get-Command gv -Syntax
function Test-Thing {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'ByName')][string]$Name,
        [Parameter(ParameterSetName = 'ById')][int]$Id,
        [Alias('n')][int]$Count,
        [switch]$Force
    )
}
Get-Command Test-Thing -Syntax
$c = Get-Command Test-Thing
$c.CommandType, $c.Name, $c.DefaultParameterSet
$c.ParameterSets.Count
$c.ParameterSets[0].Name, $c.ParameterSets[0].IsDefault
$c.Parameters['Count'].ParameterType.FullName
$c.Parameters['Count'].Aliases
$c.Parameters.Contains('Verbose')
filter Pass { $_ }
(Get-Command Pass).CommandType
function simple($a, $b) { }
Get-Command simple -Syntax
Get-Command -Name Get-Ali*, New-Var*
Get-Command -CommandType Alias -Name gv, gal
Get-Command -Name nothing-here
Get-Command -Name nothing-* 
Get-Command -Verb Get -Noun NoSuchNoun
$app = Get-Command sh
$app.CommandType, $app.Name, ($app.Source -eq $app.Path), $app.Version.ToString()
(Get-Command -Name sh -CommandType Application).Name
& (Get-Command Write-Output) 'via CommandInfo'
