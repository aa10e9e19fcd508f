# An assignment in parentheses is a value, so loops can read until $null.
$lines = 'a', 'b', 'c'
$i = 0
while (($line = $lines[$i++]) -ne $null) { "got $line" }
if ($n = 5) { "n is $n" }
if (($e = '') -eq '') { 'empty assigned' }
$j = 0
while (($j += 1) -lt 3) { "j=$j" }
