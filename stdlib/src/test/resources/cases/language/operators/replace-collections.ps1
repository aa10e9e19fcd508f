# -replace works on each element of a collection; operators chain left to right.
'ab', 'cb' -replace 'b', 'x'
'a-b_c' -replace '-', ' ' -replace '_', ' '
(1, 2 -replace '1', 'one').GetType().Name
12 -replace '1', 'x'
