function Sum($a, $b) { "$a+$b" }
$named = @{ b = 2; a = 1 }
Sum @named
$positional = 5, 6
Sum @positional
function Relay { Sum @args }
Relay 7 8
