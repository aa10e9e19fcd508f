# A collection on the left makes comparison operators filter it.
1, 2, 3, 2 -eq 2
(1, 2, 3 -eq 5).Count
'a', 'b', 'a' -ne 'a'
1, 5, 10 -gt 3
'x', 'Y', 'z' -ceq 'y'
(1, 2, 3 -eq 2).GetType().Name
