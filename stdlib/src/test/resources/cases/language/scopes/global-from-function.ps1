# $global: reads and writes the global scope from anywhere.
function SetGlobal { $global:g = 'set'; $g = 'local'; "local $g" }
SetGlobal
$g
function ReadGlobal { $g = 'shadow'; $global:g }
ReadGlobal
