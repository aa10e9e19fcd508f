# -join converts elements to strings; the unary form joins with nothing.
1, 2, 3 -join ', '
-join ('a', 'b', 'c')
-join 'abc'
"[$($null -join ',')]"
(1, 2) -join $null
1, $null, 3 -join '-'
