# ForEach-Object -MemberName: properties, methods with and without arguments, dictionaries.
'abc', 'de' | ForEach-Object Length
'abc', 'de' | ForEach-Object ToUpper
'a-b', 'c-d' | ForEach-Object Split '-'
'abc' | ForEach-Object -MemberName Substring -ArgumentList 1
'abc' | ForEach-Object Replace b X
@{ Key = 'value' } | ForEach-Object Key
'[{"Items":[1,2]},{"Items":[3]}]' | ConvertFrom-Json | ForEach-Object Items
'abc' | ForEach-Object Len*
'abc' | ForEach-Object NoSuchMember
