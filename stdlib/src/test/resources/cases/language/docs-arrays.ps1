# about_Arrays: Clear() sets every element to its type's default
$a = 1, 2, 3
$a.Clear()
$a | ForEach-Object { $null -eq $_ }
[int[]] $intA = 1, 2, 3
$intA.Clear()
$intA
$a.Count
