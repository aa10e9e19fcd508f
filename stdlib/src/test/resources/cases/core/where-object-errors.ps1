# The simplified forms need an operator and a value together.
'a' | Where-Object Length -gt
'next'
'a' | Where-Object Length 1
'next'
'a' | Where-Object Length -is 'NoSuchType'
'done'
