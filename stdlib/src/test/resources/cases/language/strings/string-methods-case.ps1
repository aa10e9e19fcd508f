# String methods are case-sensitive and ordinal unless told otherwise, unlike the operators.
'abc'.Contains('B')
'abc' -like '*B*'
'ABC'.IndexOf('b')
'abc'.StartsWith('A')
'abc'.StartsWith('A', [StringComparison]::OrdinalIgnoreCase)
'Hello'.Replace('l', 'L')
'abc'.Equals('ABC')
'abc' -eq 'ABC'
'x'.PadLeft(3, '*')
