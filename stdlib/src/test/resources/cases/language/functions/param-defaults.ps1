function Greet {
    param([string]$Name = "World", [int]$Times = 1, $Shout = $Name.ToUpper())
    "$Name x$Times $Shout"
}
Greet
Greet -Name bob -Times 3
function Typed([int]$i, [string]$s, [switch]$f) { "[$i] [$s] [$f]" }
Typed
