# -f takes an array on the right as its argument list; a nested array is one argument.
$args2 = 'x', 'y'
'{0}-{1}' -f $args2
'{0}' -f @(1, 2)
'{0}' -f (, @(1, 2))
'{0} {1}' -f (1, 2)
