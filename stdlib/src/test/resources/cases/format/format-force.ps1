# Format-List -Force: an error record is formatted as an object (its properties), not shown as the error
try { 1 / 0 } catch { $record = $_ }
$record | Format-List -Property FullyQualifiedErrorId, CategoryInfo, InvocationInfo -Force
$record | Format-List -Property FullyQualifiedErrorId -Force | Out-String | ForEach-Object Trim
'without -Force it is the error'
$record | Format-List -Property FullyQualifiedErrorId | Out-String | ForEach-Object { $_ -match 'Attempted to divide by zero' }
