# Write-Output -NoEnumerate sends a collection as one object.
(Write-Output 1, 2 | Measure-Object).Count
(Write-Output -NoEnumerate 1, 2 | Measure-Object).Count
function Keep { Write-Output -NoEnumerate @(4, 5) }
$k = Keep
$k.Count
