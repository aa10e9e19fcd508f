# $_ has its previous value back after the switch.
$_ = 'before'
switch ('a', 'b') { default { "inside: $_" } }
"after: $_"
