# A number on the left converts the right operand, which may fail.
1 + 'x'
'after'
