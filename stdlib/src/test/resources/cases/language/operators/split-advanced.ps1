# Unary -split splits on whitespace; script-block delimiters; negative counts split from the right.
-split '  one  two three '
'---'
'a1b2c' -split { $_ -match '\d' }
'---'
'a,b,c,d' -split ',', -2
'---'
'a,b;c' -split '[,;]'
'---'
'one', 'two three' -split ' '
