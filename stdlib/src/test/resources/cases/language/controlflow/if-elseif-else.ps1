# The first clause whose condition holds runs; the others are not evaluated.
$n = 5
if ($n -gt 10) { 'big' } elseif ($n -gt 3) { 'medium' } elseif ($n -gt 1) { 'not reached' } else { 'small' }
if ($n -lt 0) { 'negative' } else { 'not negative' }
if ($n -eq 5) { 'five' }
if ($n -eq 6) { 'six' }
'after'
