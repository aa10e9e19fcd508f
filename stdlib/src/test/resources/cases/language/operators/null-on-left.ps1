# $null -eq X tests for null; X -eq $null with a collection X filters it.
$null -eq @()
(@() -eq $null).Count
(@(1, $null) -eq $null).Count
if (@(1, $null) -eq $null) { 'truthy' } else { 'falsy' }
if (@($null, $null) -eq $null) { 'truthy' } else { 'falsy' }
$null -eq $null
$null -ne 0
$null -lt 1
0 -eq $null
'' -eq $null
