# Loops, if and switch are statements whose output can be assigned or used as a value.
$squares = foreach ($i in 1..4) { $i * $i }
$squares -join ','
$kind = if ($squares.Count -gt 3) { 'many' } else { 'few' }
$kind
$none = if ($false) { 'not assigned' }
"none is null: $($null -eq $none)"
$one = foreach ($i in 1..1) { "only $i" }
$one
$names = switch (1, 2, 3) { 1 { 'one' } 3 { 'three' } }
$names -join ','
$n = 0
$counted = while ($n -lt 3) { $n = $n + 1; $n }
$counted -join ','
"joined: $(foreach ($c in 'a', 'b') { $c.ToUpper() })"
@(for ($i = 0; $i -lt 2; $i = $i + 1) { $i }).Count
$broken = foreach ($i in 1..10) { if ($i -gt 2) { break }; $i }
$broken -join ','
