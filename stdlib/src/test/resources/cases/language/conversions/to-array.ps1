# A scalar becomes a one-element array; each element is converted; only [char[]] splits a string.
$a = [int[]]'1'
$a.Count
$a[0].GetType().Name
([int[]]('1', '2', '3'))[2] + 1
([string[]]5)[0].GetType().Name
([string[]]'abc').Count
([char[]]'abc').Count
([char[]]'abc')[1]
([object[]](1, 2)).GetType().Name
