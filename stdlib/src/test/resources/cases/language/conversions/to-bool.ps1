# Truthiness: empty and zero values are false, any non-empty string is true, one-element collections use the element.
[bool]'false'
[bool]'0'
[bool]''
[bool]0
[bool]0.0
[bool]$null
[bool]@()
[bool]@(0)
[bool]@($false)
[bool]@(0, 0)
[bool]@('')
[bool]@(@())
[bool]1d
