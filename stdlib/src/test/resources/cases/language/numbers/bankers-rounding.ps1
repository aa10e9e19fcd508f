# Casting a fractional number to an integer type rounds half to even.
[int]2.5
[int]3.5
[int]-2.5
[int]-3.5
[int]2.6
[long]0.5
[byte]1.5
[int]'2.5'
[int]'3.5'
[int]2.5d
[int]3.5d
