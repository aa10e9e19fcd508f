# Hash literals, [ordered], type literals, casts and [pscustomobject].
$h = @{ Name = 'x' }
$h -is [hashtable]
ConvertTo-Json -Compress -InputObject @{ A = 1 + 1 }
$o = [ordered]@{ z = 1; y = 'two'; x = 1, 2 }
$o -is [System.Collections.Specialized.OrderedDictionary]
ConvertTo-Json -Compress -InputObject $o
[int]'5' + 1
[string]1 + 1
[double]'2.5' * 2
[bool]'false'
[int]2.5
[int]3.5
[char]65
ConvertTo-Json -Compress -InputObject ([int[]]('1', '2'))
5 -is [int]
'5' -as [int]
[pscustomobject]@{ b = 1; a = 'two' }
