# return ends its script block wherever it is: in nested if bodies, loops, switch, try/finally,
# class methods, and process blocks (one input at a time)
function Nested { 'a'; if ($true) { 'b'; if (1) { return 'c' }; 'not here' }; 'nor here' }
Nested
function FromLoop { foreach ($i in 1..3) { if ($i -eq 2) { return "loop $i" } }; 'no' }
FromLoop
function FromSwitch { switch (1, 2) { 2 { return 'switch 2' } } 'no' }
FromSwitch
function FromTry { try { if ($true) { return 'try' } } finally { 'finally runs' }; 'no' }
FromTry
function ElseIf($n) { if ($n -eq 1) { 'one' } elseif ($n -eq 2) { return 'two' } else { return 'many' }; 'after one' }
ElseIf 1; ElseIf 2; ElseIf 3
function Recursive([int]$n) { if ($n -lt 2) { return $n }; return (Recursive ($n - 1)) + (Recursive ($n - 2)) }
Recursive 15
function Process { process { if ($_ -eq 2) { return }; $_ } }
1..3 | Process
class Calc {
    [int] Sign([int]$x) { if ($x -gt 0) { return 1 } elseif ($x -lt 0) { return -1 }; return 0 }
    [string] First([int[]]$xs) { foreach ($x in $xs) { if ($x -gt 2) { return "first $x" } }; return 'none' }
    [void] Nothing() { if ($true) { return } }
}
$c = [Calc]::new()
$c.Sign(5), $c.Sign(-5), $c.Sign(0) -join ' '
$c.First(@(1, 3, 4)); $c.First(@(1))
$c.Nothing()
$sb = { param($x) if ($x) { return 'yes' }; 'no' }
& $sb 1; & $sb 0
