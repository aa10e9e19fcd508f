# -Fragment: the table alone
$people = [pscustomobject]@{ Name = 'Ann'; Age = 31 }, [pscustomobject]@{ Name = 'Bob'; Age = 42 }
$people | ConvertTo-Html -Fragment
$people | ConvertTo-Html -Fragment -PreContent '<h2>People</h2>' -PostContent '<p>2 people</p>'

# -As List: a row per property, objects separated by a rule, each object's own properties
$people | ConvertTo-Html -As List -Fragment
[pscustomobject]@{ A = 1; B = 2 }, [pscustomobject]@{ C = 3 } | ConvertTo-Html -As list -Fragment

# a table's columns come from the first object: the others' missing properties are empty, extra ones left out
[pscustomobject]@{ A = 1; B = 2 }, [pscustomobject]@{ A = 3; C = 4 }, [pscustomobject]@{ B = 5 } | ConvertTo-Html -Fragment

# values are HTML-encoded as WebUtility.HtmlEncode does; names and labels are written as they are
[pscustomobject]@{ 'Tag<b>' = '<b>bold</b> & "quoted" it''s'; Accents = 'café ½ 😀' } | ConvertTo-Html -Fragment

# $null is empty; arrays and collections show .NET's type name; other values as .NET's ToString() writes them
$values = [pscustomobject]@{
    Null = $null; Array = 1, 2, 3; List = [System.Collections.ArrayList]@(1, 2); Table = @{ a = 1 }
    Object = [pscustomobject]@{ x = 1; y = 'two' }; Double = 0.1 + 0.2; Date = [datetime]'2024-01-02 13:04:05'
    Bool = $true; Empty = ''
}
$values | ConvertTo-Html -As List -Fragment

# -Property: names (case as the object has it), wildcards, script blocks and calculated properties
$people | ConvertTo-Html -Property name, { $_.Age * 2 } -Fragment
$people | ConvertTo-Html -Property N*, @{ Label = 'Next year'; Expression = { $_.Age + 1 } } -Fragment
$people | ConvertTo-Html -Property @{ n = 'Who'; e = 'Name'; width = 20; alignment = 'center' }, @{ e = 'Age'; w = '10%'; a = 'char' } -Fragment
$people | ConvertTo-Html -Property @{ l = 'Each'; e = '*' } -As List -Fragment
$people | ConvertTo-Html -Property Missing, Age -Fragment

# a script that fails gives an empty cell; one that writes several values gives an array
$people[0] | ConvertTo-Html -Property @{ l = 'Fails'; e = { throw 'no' } }, @{ l = 'Many'; e = { 1, 2 } } -Fragment

# a hashtable's keys are its properties; a string has Length; a number has no properties, so no rows
@{ key = 'value' } | ConvertTo-Html -Fragment
'ab', 'c' | ConvertTo-Html -Fragment
1, 2 | ConvertTo-Html -Fragment
$null | ConvertTo-Html -Fragment

# a first object without properties is skipped: the columns come from the next
1, [pscustomobject]@{ A = 1 } | ConvertTo-Html -Fragment
1, [pscustomobject]@{ A = 1 }, 2, [pscustomobject]@{ A = 2 } | ConvertTo-Html -As List -Fragment

# the output is strings, one per line
($people | ConvertTo-Html -Fragment).Count
($people | ConvertTo-Html -Fragment)[0].GetType().FullName
