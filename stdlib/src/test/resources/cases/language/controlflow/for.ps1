# for: initializer once, then condition, body, iterator; continue still runs the iterator.
for ($i = 0; $i -lt 5; $i = $i + 1) {
    if ($i -eq 1) { continue }
    if ($i -eq 4) { break }
    "i=$i"
}
"after: $i"
for ($i = 10; $i -lt 3; $i = $i + 1) { 'never' }
