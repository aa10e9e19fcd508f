Set-StrictMode -Version 1
'before'
$total = $count + 1
'after'
