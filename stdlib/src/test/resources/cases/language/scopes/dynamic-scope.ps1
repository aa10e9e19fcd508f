$x = 'global'
function Inner { "inner sees $x" }
function Outer { $x = 'outer'; Inner }
Outer
Inner
function SetLocal { $x = 'changed' }
SetLocal
$x
