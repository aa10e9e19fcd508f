# -as converts like a cast but gives $null instead of failing; the type may be a string.
'5' -as [int]
$null -eq ('x' -as [int])
('2.5' -as [double]) * 2
5 -as [string]
(5 -as [string]).GetType().Name
'10' -as 'long'
$null -eq ('abc' -as [datetime])
