# The body runs before the first test; continue goes on with the condition.
do { 'runs once' } while ($false)
$i = 0
do {
    $i = $i + 1
    if ($i -eq 2) { continue }
    "i=$i"
} while ($i -lt 4)
$i = 0
do { $i = $i + 1; if ($i -eq 3) { break } } while ($true)
"broke at $i"
