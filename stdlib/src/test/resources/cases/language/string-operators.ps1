# -like, -match ($Matches), -replace, -split, -join and -f.
'hello' -like 'h*o'
'hello' -notlike 'H*'
'a.txt', 'b.log', 'c.txt' -like '*.txt'
$null -eq $Matches
'abc123' -match 'c1'
$first = $Matches
'xyz' -match '\d'
$Matches -eq $first
'Hello' -cmatch '^h'
'a1', 'b', 'c2' -match '\d'
'Hello World' -replace 'o', '0'
'Hello' -creplace 'h', 'j'
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'a,b,,c' -split ','
-split '  one two   three '
'a1b2c' -split '\d', 2
-join ('a', 'b', 'c')
(1, 2, 3) -join '-'
'{0} is {1:N2}' -f 'pi', 3.14159
'[{0,5}]' -f 42
$Matches
