# A string that is not a number cannot become one.
[int]'abc'
'after'
