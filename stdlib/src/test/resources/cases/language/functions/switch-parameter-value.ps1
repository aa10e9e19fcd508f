# A switch parameter's variable holds a [switch] (SwitchParameter), as in pwsh: IsPresent, ToBool()
function Test-Switch {
    param([switch]$Force)
    $Force.GetType().FullName
    "IsPresent=$($Force.IsPresent) ToBool=$($Force.ToBool()) is=$($Force -is [switch]) text=$Force"
    if ($Force) { 'condition: present' } else { 'condition: absent' }
    "eq-true=$($Force -eq $true) true-eq=$($true -eq $Force) not=$(-not $Force)"
}
Test-Switch -Force
Test-Switch
Test-Switch -Force:$false

# $PSBoundParameters holds it too, and it binds on to switch, bool and cmdlet parameters
function Inner {
    [CmdletBinding()]
    param([switch]$Force, [bool]$Flag)
    "inner Force=$($Force.IsPresent) Flag=$Flag"
}
function Outer {
    [CmdletBinding()]
    param([switch]$Force)
    $PSBoundParameters['Force'].GetType().Name
    Inner -Force:$Force -Flag $Force
    Inner @PSBoundParameters
    "hidden items listed: $(@(Get-ChildItem -Force:$Force -Path $PWD).Count)"
}
$null = New-Item -ItemType File -Path (Join-Path $PWD '.hidden')
Outer -Force

# assignments in the body convert to [switch]
function Assign([switch]$s) {
    $s = $true
    "$($s.GetType().Name) $($s.IsPresent)"
}
Assign

# [switch] conversions: $null is not present, a bool is its value, other values do not convert
([switch]$true).IsPresent
([switch]$null).IsPresent
[switch]::Present.IsPresent
try { [switch]1 } catch { $_.FullyQualifiedErrorId }
