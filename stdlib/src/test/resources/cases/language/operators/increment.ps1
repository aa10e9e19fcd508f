# ++ and -- as statements give no output; in parentheses the postfix form gives the old value.
$i = 5
$i++
$i
($i++)
$i
(++$i)
$j = $i--
$j
$i
