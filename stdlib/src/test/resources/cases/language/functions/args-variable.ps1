# $args holds the arguments a simple function has no parameters for, including dash words.
function Show { $args.Count; $args -join '|' }
Show a b c
Show -name value
Show
function Partial($first) { "first=$first rest=$($args -join ',')" }
Partial 1 2 3
