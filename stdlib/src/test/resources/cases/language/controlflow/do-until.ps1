# do-until repeats until the condition holds.
$i = 0
do { $i = $i + 1; "i=$i" } until ($i -ge 3)
do { 'runs once' } until ($true)
