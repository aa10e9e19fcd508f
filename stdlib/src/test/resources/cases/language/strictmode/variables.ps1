# Off by default: an unset variable reads as $null.
"off: [$unset] [$($unset -eq $null)]"

Set-StrictMode -Version 1
# Version 1 spares variables inside expandable strings, also in their subexpressions.
"v1 string: [$unset] [$($unset)]"
try { $unset } catch { "v1: $($_.FullyQualifiedErrorId): $_" }
try { $global:unset } catch { "v1 global: $_" }
try { $script:unset } catch { "v1 script: $_" }
"env drive: [$env:JPOSH_STRICT_NOT_SET]"
$set = $null
"set to null is set: [$set]"
try { $counter += 1 } catch { "compound: $_" }

# Child scopes inherit strict mode; Set-StrictMode in a function ends with it.
& { try { $unset } catch { "child: $_" } }
function Set-Strict2 {
    Set-StrictMode -Version 2
    try { "$unset" } catch { "v2 in function: $_" }
}
Set-Strict2
"back at v1: [$unset]"
function Set-Off { Set-StrictMode -Off; "off in function: [$unset]" }
Set-Off
try { $unset } catch { "still v1: $_" }

# Dot-sourcing runs in the caller's scope, so the setting stays.
. { Set-StrictMode -Version 2 }
try { "$unset" } catch { "dot-sourced v2: $_" }

Set-StrictMode -Off
"off again: [$unset]"

# Automatic variables a block always has stay readable.
Set-StrictMode -Version Latest
function Show-Automatic { param($p) "$($args.Count) $(@($input).Count) $($PSBoundParameters.Count) $($MyInvocation.MyCommand.Name)" }
Show-Automatic 1
1..2 | ForEach-Object { $_ }
try { $_ } catch { "no pipeline: $_" }

# A module's functions do not see the caller's strict mode.
New-Module -Name StrictFree -ScriptBlock { function Get-Unset { "module: [$unset2]" } } | Import-Module
Get-Unset
