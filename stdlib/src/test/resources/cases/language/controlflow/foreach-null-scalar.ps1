# $null loops zero times (PowerShell 3 and later), a scalar once, an empty array never.
foreach ($x in $null) { 'not printed' }
foreach ($x in 42) { "scalar: $x" }
foreach ($x in 'a string') { "string: $x" }
foreach ($x in @()) { 'not printed' }
foreach ($x in @($null)) { 'one $null element loops once' }
