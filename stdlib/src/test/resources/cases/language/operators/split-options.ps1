# -split: regex, case-insensitive, max count, options, captures kept.
'a,b,,c' -split ','
'---'
'a1b22c' -split '\d+'
'---'
'a.b.c' -split '.', 0, 'SimpleMatch'
'---'
'a,b,c,d' -split ',', 2
'---'
'aXbxc' -split 'x'
'---'
'aXbxc' -csplit 'x'
'---'
('a1b2' -split '(\d)').Count
'---'
'a b  c' -split ' '
