# -contains/-in test membership with -eq semantics and always give a bool.
1, 2, 3 -contains '2'
'1', '2' -contains 1
'abc' -contains 'a'
'A', 'B' -contains 'b'
'A', 'B' -ccontains 'b'
2 -in 1, 2, 3
'B' -in 'a', 'b'
'B' -cin 'a', 'b'
@(1, 2) -in @(1, 2)
1, 2 -notcontains 3
5 -notin 1, 2
(1, 2 -contains 1).GetType().Name
