# c ? a : b evaluates only the chosen side.
$n = 5
$n -gt 3 ? 'big' : 'small'
$n -lt 3 ? 'big' : 'small'
$true ? ($false ? 1 : 2) : 3
$zero = 0
$true ? 'no division' : (1 / $zero)
$r = @() ? 'not chosen' : 'an empty array is false'
$r
(1, 2) ? 'an array of two is true' : 'not chosen'
