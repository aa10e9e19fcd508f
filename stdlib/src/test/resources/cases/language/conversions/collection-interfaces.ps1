# about_Type_Operators: arrays are ILists; strings and dictionaries enumerate, a dictionary is an ICollection
1, 2 -is [System.Collections.IList]
1, 2 -is [System.Collections.ICollection]
'ab' -is [System.Collections.IEnumerable]
'ab' -is [System.Collections.IList]
@{} -is [System.Collections.ICollection]
@{} -is [System.Collections.IEnumerable]
@{} -is [System.Collections.IList]
[System.Collections.Generic.List[int]]::new() -is [System.Collections.IList]
5 -is [System.Collections.IEnumerable]
function Get-Count([System.Collections.IList]$List) { $List.Count }
Get-Count (1, 2, 3)
