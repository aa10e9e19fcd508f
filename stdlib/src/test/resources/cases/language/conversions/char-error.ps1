# A string of more than one character cannot become a [char].
[char]'ab'
'after'
