# Changing a collection while foreach goes through it ends the loop with .NET's error.
$list = New-Object System.Collections.ArrayList
$null = $list.Add(1)
$null = $list.Add(2)
foreach ($x in $list) { "x=$x"; $null = $list.Add(3) }
"count: $($list.Count)"
