# Sort-Object: case-insensitive and stable by default, numbers by value, $null first, mixed types.
'b', 'A', 'a', 'C' | Sort-Object
'b', 'A', 'a', 'C' | Sort-Object -CaseSensitive
10, 9, 100, 1.5 | Sort-Object
'10', '9', '100' | Sort-Object
3, 1, 2 | Sort-Object -Descending
($null, "b", $null, "a" | Sort-Object).Count
1, 'b', 2, 'a' | Sort-Object
1, 2, 2, 3, 3, 3 | Sort-Object -Unique
'a', 'A', 'b' | Sort-Object -Unique
5, 3, 9, 1, 7 | Sort-Object -Top 2
5, 3, 9, 1, 7 | Sort-Object -Bottom 2
5, 3, 9, 1, 7 | Sort-Object -Descending -Top 2
$people = '[{"Name":"Cy","Age":40},{"Name":"ann","Age":25},{"Name":"Bob","Age":25},{"Name":"Dee"}]' | ConvertFrom-Json
($people | Sort-Object Age).Name
($people | Sort-Object Age, Name).Name
($people | Sort-Object -Property Age -Descending).Name
($people | Sort-Object @{ Expression = 'Age'; Descending = $true }, Name).Name
($people | Sort-Object Na*).Name
