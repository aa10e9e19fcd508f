function Add($a, $b) { $a + $b }
Add 2 3
Add -b 1 -a 10
function NoParams { "args: $($args.Count) first: $($args[0])" }
NoParams x y z
