# A [bool] or [Nullable[bool]] script parameter takes only booleans and numbers (pwsh's
# ArgumentTypeConverterAttribute), positional or named; $null only the nullable one. The elements of a
# [bool[]] parameter are checked the same way in an advanced function, while a simple function converts
# them by truthiness.
function Get-Plain([bool] $Flag) { $Flag }
function Get-Nullable([Nullable[bool]] $Flag) { "[$Flag]" }
function Get-Array([bool[]] $Flags) { $Flags -join ',' }
function Get-AdvancedArray {
    [CmdletBinding()]
    param([bool[]] $Flags)
    $Flags -join ','
}
Get-Plain 1
Get-Plain 0.0
Get-Plain $true
Get-Plain -Flag:$false
Get-Nullable $null
Get-Nullable 2
Get-Array 'a', ''
Get-AdvancedArray 1, 0, $true
try { Get-Plain 'a' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Get-Plain -Flag 'false' } catch { $_.FullyQualifiedErrorId }
try { Get-Plain $null } catch { $_.Exception.Message }
try { Get-Nullable 'x' } catch { $_.Exception.Message }
try { Get-AdvancedArray 'a', 'b' } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
try { Get-AdvancedArray 1, 'b' } catch { $_.Exception.Message }
