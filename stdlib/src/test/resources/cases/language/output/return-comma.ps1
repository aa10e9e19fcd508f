# return ,$x keeps an array as one object.
function AsArray { $a = 1, 2, 3; return , $a }
$x = AsArray
$x.GetType().Name
$x.Count
(AsArray | Measure-Object).Count
function Plain { $a = 1, 2, 3; return $a }
(Plain | Measure-Object).Count
