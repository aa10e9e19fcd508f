# $null converts to a value type's default.
[int]$null
[double]$null
[bool]$null
[long]$null
[decimal]$null
([int]$null).GetType().Name
