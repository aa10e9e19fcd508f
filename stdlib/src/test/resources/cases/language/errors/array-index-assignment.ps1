# Assigning past the end of an array is IndexOutOfRange; arrays are fixed size.
$a = 1, 2
$a[5] = 1
'after'
