# A value too large for the target type is an invalid-cast error.
[byte]300
'after'
