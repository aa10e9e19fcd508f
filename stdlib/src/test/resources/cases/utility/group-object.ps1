# Group-Object: GroupInfo objects in pwsh's table and list views, sorted by key when the keys share a type.
'b', 'a', 'B', 'c', 'b' | Group-Object | Out-String
'b', 'a', 'B' | Group-Object -CaseSensitive | Out-String
'b', 'a', 'B' | Group-Object -NoElement | Out-String
'b', 'a' | Group-Object | Format-List | Out-String
$people = '[{"Name":"Cy","Age":40,"Team":"x"},{"Name":"Ann","Age":25,"Team":"y"},{"Name":"Bob","Age":25,"Team":"x"}]' | ConvertFrom-Json
$people | Group-Object Age | Out-String
$people | Group-Object Team, Age | Out-String
$byTeam = $people | Group-Object -Property Team -AsHashTable
$byTeam['x'].Name
$byTeam['X'].Count
($people | Group-Object Team, Age -AsHashTable -AsString).Keys | Sort-Object
$groups = 3, 'a', 3 | Group-Object
$groups.Count
$groups[0].Name
$groups[0].Values[0].GetType().Name
$groups[1].Group
