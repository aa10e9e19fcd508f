# A method the type does not have is MethodNotFound.
(5).Frobnicate()
'after'
