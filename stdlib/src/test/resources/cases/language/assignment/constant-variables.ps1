# $true and $false are constants in every scope: assigning them is pwsh's VariableNotWritable ($null = ... discards).
try { $true = 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
"true is still $true"
try { $global:false = 1 } catch { $_.FullyQualifiedErrorId }
function Set-True { $true = 2 }
try { Set-True } catch { "in a function: $($_.FullyQualifiedErrorId)" }
$null = 5
"null is [$null]"
