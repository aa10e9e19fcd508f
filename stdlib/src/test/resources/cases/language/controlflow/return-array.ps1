# The value of return is output as any statement's: a collection is unrolled.
return 1, 2, 3
