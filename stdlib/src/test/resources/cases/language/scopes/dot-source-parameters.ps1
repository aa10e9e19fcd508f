# A dot-sourced block binds its parameters in the caller's scope; those left unbound get their default, or $null
# (converted to their type), there too, rather than keeping the caller's values.
$x = 5
. { param($x) "inside: x=[$x]" }
"after: x=[$x]"
$y = 3
. { param($y = 7) "inside: y=$y" }
"after: y=$y"
$z = 1
. { param([int]$z) "inside: z=$z" }
"after: z=$z"
$w = 1
. { param($w) "inside: w=$w" } 4
"after: w=$w"
function Use-Name { param($name) "name=[$name]" }
$name = 'caller'
. Use-Name
"after: name=[$name]"
