# String repetition and concatenation follow the left operand.
'ab' * 3
"[$('ab' * 0)]"
'x' + 1 + 2
'a' + (1, 2)
'-' * 5
