# Get-Help -Full shows a function's parameters' default values, as pwsh's help from comments does:
# constants as their string, other expressions as written, the type's default when none is given.
function Get-Thing {
    <#
    .SYNOPSIS
    Gets a thing.
    .PARAMETER Count
    How many.
    #>
    param(
        [Parameter(Mandatory)][string]$Name,
        [int]$Count = 3,
        [string[]]$Tags = @('a', 'b'),
        [switch]$Force,
        [int]$Size,
        $When = (Get-Date),
        [PSDefaultValue(Help = 'the current folder')]$Path = $PWD,
        $Label = 'none',
        $Truth = $true
    )
}
Get-Help Get-Thing -Full
Get-Help Get-Thing -Parameter Count
