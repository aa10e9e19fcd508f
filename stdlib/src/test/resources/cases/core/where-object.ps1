# Where-Object's simplified forms: each operator switch, the bare truth test and -Not.
$people = '[{"Name":"Ann","Age":31,"Tags":["a","b"]},{"Name":"bob","Age":25,"Tags":["c"]},{"Name":"Cy","Age":40,"Tags":[]}]' | ConvertFrom-Json
($people | Where-Object Age -gt 30).Name
($people | Where-Object Age -GE 31).Name
($people | Where-Object Age -lt 31).Name
($people | Where-Object Age -le 31).Name
($people | Where-Object Age -ne 31).Name
($people | Where-Object Age -eq '40').Name
($people | Where-Object Name -eq 'BOB').Name
($people | Where-Object Name -ceq 'BOB').Count
($people | Where-Object Name -cne 'bob').Name
($people | Where-Object Name -cgt 'Cy').Name
($people | Where-Object -Property Name -Value 'b*' -Like).Name
($people | Where-Object Name -clike 'B*').Count
($people | Where-Object Name -notlike 'b*').Name
($people | Where-Object Name -cnotlike 'b*').Name
($people | Where-Object Name -match '^c').Name
($people | Where-Object Name -cmatch '^c').Count
($people | Where-Object Name -notmatch 'n').Name
($people | Where-Object Tags -contains 'C').Name
($people | Where-Object Tags -ccontains 'C').Count
($people | Where-Object Tags -notcontains 'a').Name
($people | Where-Object Name -in 'ann', 'Cy').Name
($people | Where-Object Name -cin 'ann', 'Cy').Name
($people | Where-Object Name -notin 'Ann', 'Cy').Name
($people | Where-Object Age -is 'long').Count
($people | Where-Object Age -is '[int]').Count
($people | Where-Object Name -isnot 'string').Count
($people | Where-Object N*e -eq 'Cy').Age
'abc', '', 'de' | Where-Object Length
('abc', '', 'de' | Where-Object -Not Length).Length
(@{ Name = 'h' }, @{ Name = 'i' } | Where-Object Name -eq 'i').Name
1, 0, 'x' | Where-Object -Property Missing -EQ $null
