# AllScope variables: every scope shares the one variable (pwsh copies it into each new scope), so an
# assignment anywhere assigns it, and the read-only and constant automatic variables cannot be shadowed
function Set-Platform { $IsLinux = 'no' }
try { Set-Platform } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
function Set-Pid { $PID = 0 }
try { Set-Pid } catch { $_.Exception.Message }
& { try { [string]$PSEdition = 'Desktop' } catch { $_.Exception.Message } }
$PSEdition

Set-Variable counter 0 -Option AllScope
function Step-Counter { $counter = $counter + 1 }
Step-Counter; Step-Counter
"counter after two steps: $counter"
function Set-Counter { $local:counter = 10 }
Set-Counter
"after `$local: $counter"
& { & { [int]$counter = '20' } }
"after a typed assignment two scopes down: $counter"
function New-Counter { New-Variable counter 5 -ErrorAction Stop }
try { New-Counter } catch { $_.FullyQualifiedErrorId }

# a plain variable is still shadowed
$plain = 1
function Set-Plain { $plain = 2; "inside: $plain" }
Set-Plain
"outside: $plain"

'Options'
(Get-Variable IsLinux).Options
(Get-Variable PID).Options
(Get-Variable HOME).Options
(Get-Variable Host).Options
(Get-Variable counter).Options
