# while tests first; break and continue act on the loop.
$i = 0
while ($i -lt 5) {
    $i = $i + 1
    if ($i -eq 2) { continue }
    if ($i -eq 4) { break }
    "i=$i"
}
"after: $i"
while ($false) { 'never' }
