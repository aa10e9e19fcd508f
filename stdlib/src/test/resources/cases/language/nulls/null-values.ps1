# [DBNull]::Value and [NullString]::Value are objects to ?? and ??=; AutomationNull::Value is nothing.
$x = [System.DBNull]::Value
$x ??= 200
$x -eq [DBNull]::Value
"[$x] $($x.GetType().FullName)"
([DBNull]::Value ?? 2) -eq [DBNull]::Value

$y = [System.Management.Automation.Internal.AutomationNull]::Value
$y ??= 200
$y
@([System.Management.Automation.Internal.AutomationNull]::Value).Count
$null -eq [System.Management.Automation.Internal.AutomationNull]::Value

$z = [NullString]::Value
($z ?? 200) -eq [NullString]::Value
"[$z] $([NullString]::Value.GetType().FullName)"

# A [string] parameter gets null from NullString, and '' from $null.
function Test-Null([string]$s) { $null -eq $s }
Test-Null ([NullString]::Value)
Test-Null $null
[string]::IsNullOrEmpty([NullString]::Value)
