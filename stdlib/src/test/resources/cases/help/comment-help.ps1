# Get-Help of functions with comment-based help: before the function, at the start of its body, at its end
<#
.SYNOPSIS
    Gets a greeting.
.DESCRIPTION
    Builds a greeting for a name.
    The name may be anything.
.PARAMETER Name
    Who to greet.
.PARAMETER Loud
    Shout it.
.EXAMPLE
    Get-Greeting -Name World

    Greets the world.
.INPUTS
    None
.OUTPUTS
    System.String
.NOTES
    Written for tests.
#>
function Get-Greeting {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)][string]$Name,
        [switch]$Loud
    )
    "Hello $Name"
}

function Get-Inside {
    # .SYNOPSIS
    # Help at the start of the body.
    param([int]$Count)
}

function Get-AtEnd {
    param($Value)
    $Value
    <#
    .SYNOPSIS
    Help at the end of the body.
    #>
}

# not help: a comment that is not made of sections
function Get-Plain { param($x) }

Get-Help Get-Greeting
Get-Help Get-Greeting -Detailed
Get-Help Get-Greeting -Full
Get-Help Get-Greeting -Examples
Get-Help Get-Greeting -Parameter Loud
Get-Help Get-Inside
(Get-Help Get-AtEnd).Synopsis
Get-Help Get-Plain
(Get-Help Get-Greeting).Name
(Get-Help Get-Greeting).Category
Get-Help No-Such-Command
Get-Help Get-Greeting -Parameter Nope
