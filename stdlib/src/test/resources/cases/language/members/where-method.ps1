# .Where() filters with a script block; modes First, Last, SkipUntil, Until, Split.
(1..10).Where({ $_ -gt 7 })
'---'
(1..10).Where({ $_ % 2 }, 'First')
(1..10).Where({ $_ % 2 }, 'First', 2) -join ','
(1..10).Where({ $_ % 2 }, 'Last')
(1..10).Where({ $_ % 2 }, 'Last', 2) -join ','
(1..10).Where({ $_ -gt 8 }, 'SkipUntil') -join ','
(1..10).Where({ $_ -gt 3 }, 'Until') -join ','
$big, $small = (1..5).Where({ $_ -gt 2 }, 'Split')
$big -join ','
$small -join ','
