function Add-One {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][int]$Value)
    process { $Value + 1 }
}
5, 6 | Add-One
Add-One -Value 41
function Show-Bound { param($First, $Second) $PSBoundParameters.Keys -join ',' }
Show-Bound -Second 2 -First 1
