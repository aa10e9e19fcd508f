# Each pipeline input object is bound on its own: an object of another type than the one before is coerced
# (or binds another parameter), a failure skips only that object, and $PSBoundParameters shows each value.
function Show-Number {
    param([Parameter(ValueFromPipeline)][int]$Number)
    process { "$Number ($($Number.GetType().Name)) bound: $($PSBoundParameters['Number'])" }
}
1, 2, '3', 4.6, [char]'5', 6 | Show-Number

function Test-Positive {
    param([Parameter(ValueFromPipeline)][ValidateRange(1, 10)][int]$Value)
    process { "ok $Value" }
}
3, 4, 42, 5, 'x', 6 | Test-Positive 2>&1 | ForEach-Object { "$_" }

function Get-Either {
    param(
        [Parameter(ValueFromPipeline, ParameterSetName = 'Number')][int]$Number,
        [Parameter(ValueFromPipeline, ParameterSetName = 'Text')][string]$Text
    )
    process { "$($PSCmdlet.ParameterSetName): $Number$Text" }
}
1, 2, 'three', 4 | Get-Either

function Get-ByName {
    param(
        [Parameter(ValueFromPipeline)][object]$InputObject,
        [Parameter(ValueFromPipelineByPropertyName)][string]$Name
    )
    process { "input $InputObject name '$Name'" }
}
1, [pscustomobject]@{ Name = 'n' }, 2 | Get-ByName

1, 'two', $null, 3.5, @(4, 5) | Measure-Object | ForEach-Object Count
1..5 | ForEach-Object { $_ * 2 } | Measure-Object -Sum | ForEach-Object Sum
'a', 1, [pscustomobject]@{ Length = 9 } | Where-Object { $_ } | ForEach-Object { $_.GetType().Name }
