# A method called with a number of arguments no overload takes.
'abc'.Substring(1, 1, 1)
'after'
