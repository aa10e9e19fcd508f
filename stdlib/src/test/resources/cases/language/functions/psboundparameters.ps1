# $PSBoundParameters holds the bound parameters with their converted values, not defaults.
function P {
    param([int]$a, $b = 5, [switch]$s)
    $PSBoundParameters.Count
    $PSBoundParameters.ContainsKey('b')
    $PSBoundParameters['a'].GetType().Name
    $PSBoundParameters.Keys -join ','
}
P -a '3'
P 1 2 -s
