# The left operand decides: a number on the left converts the string, a string on the left concatenates or repeats.
5 + '10'
'10' + 5
2 * '3'
'3' * 2
0 + '0x10'
'0x10' + 0
10 - '4'
'8' / 2
(5 + '1.5').GetType().Name
