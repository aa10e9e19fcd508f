# Select-Object: properties, wildcards, calculated properties, -ExpandProperty, -ExcludeProperty and the counts.
$o = '{"Name":"Ann","Age":31,"City":"Oslo","Tags":["a","b"]}' | ConvertFrom-Json
$o | Select-Object Name, Age | Out-String
$o | Select-Object -Property *a* | Out-String
$o | Select-Object -Property * -ExcludeProperty Age, T* | Out-String
$o | Select-Object -ExcludeProperty Name | Out-String
$o | Select-Object Name, @{ Name = 'Years'; Expression = 'Age' }, @{ l = 'Town'; e = 'City' }, Missing | Out-String
$o | Select-Object -ExpandProperty Tags
$o | Select-Object -ExpandProperty Name
$o | Select-Object Name, Age | Select-Object -ExpandProperty Age
($o | Select-Object Name).PSTypeNames
('abc' | Select-Object Length).PSTypeNames[0]
1..10 | Select-Object -First 3
1..10 | Select-Object -Last 2
1..10 | Select-Object -Skip 8
1..10 | Select-Object -Skip 2 -First 2
1..10 | Select-Object -First 1 -Last 1
1..10 | Select-Object -SkipLast 7
1..10 | Select-Object -Index 5, 1, 5
1..5 | Select-Object -SkipIndex 0, 4
1, 1, 2, 3, 3 | Select-Object -Unique
'a', 'A', 'b' | Select-Object -Unique
'a', 'A', 'b' | Select-Object -Unique -CaseInsensitive
'abc', 'de' | Select-Object -Property Length | Out-String
