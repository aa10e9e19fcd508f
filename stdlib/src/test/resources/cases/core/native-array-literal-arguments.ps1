# An argument written as an array literal reaches a program as written (pwsh's ArrayLiteralAst case):
# its text split at spaces, not one entry per element
printf '[%s]' 1,2,3
''
printf '[%s]' a,b c
''
printf '[%s]' 1, 2
''
# An array in a variable, @(...) or (...) gives one entry per element
$a = 1, 2
printf '[%s]' $a @(3, 4) (5, 6)
''
# Elements with blanks are passed on one by one until an element without blanks comes; then, as pwsh
# does, the whole literal's text follows, quotes and all, split at spaces
printf '[%s]' 'x y','p q',z
''
# A leading $null or empty element: the null is skipped, the empty string kept, then the text follows
printf '[%s]' '',b
''
# The colon form of a parameter joins its value: an array literal as written, an array element by element
printf '[%s]' -o:1,2 -p:$a
''
