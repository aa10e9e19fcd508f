# A format item beyond the arguments is a FormatError.
'{0} {1}' -f 'only'
'after'
