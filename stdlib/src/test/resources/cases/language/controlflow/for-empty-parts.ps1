# Each part of for is optional; with no condition the loop runs until a break.
$n = 0
for (;;) {
    $n = $n + 1
    if ($n -ge 3) { break }
}
"n=$n"
for ($i = 0; ; $i = $i + 1) { if ($i -gt 2) { break }; "i=$i" }
$j = 0
for (; $j -lt 2;) { "j=$j"; $j = $j + 1 }
# The initializer's and iterator's output is discarded.
for ('init output'; $j -lt 3; 'iterator output') { "j=$j"; $j = $j + 1 }
