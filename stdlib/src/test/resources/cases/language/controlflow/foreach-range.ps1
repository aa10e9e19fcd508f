# Ranges are enumerated lazily, so a huge range costs nothing when the loop stops early.
foreach ($i in 1..3) { "up: $i" }
foreach ($i in 3..1) { "down: $i" }
foreach ($c in 'a'..'c') { "char: $c" }
foreach ($i in 1..2000000000) { if ($i -gt 2) { break }; "huge: $i" }
$s = 0
foreach ($i in 1..100000) { $s = $s + $i }
"sum: $s"
