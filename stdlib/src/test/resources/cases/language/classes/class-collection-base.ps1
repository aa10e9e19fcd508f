class Stack2 : System.Collections.ArrayList {
    [void] Push([object]$item) { $this.Add($item) }
    [object] Peek() { return $this[$this.Count - 1] }
}
$s = [Stack2]::new()
$s.Push('a'); $s.Push('b')
$s.Count
$s.Peek()
$s[0]
$s -is [System.Collections.ArrayList]
foreach ($x in $s) { "item $x" }
class IntList : System.Collections.Generic.List[int] {
    [int] Sum() { $t = 0; foreach ($i in $this) { $t += $i }; return $t }
}
$l = [IntList]::new()
$l.Add(3); $l.Add('4')
$l.Sum()
$l[1] = 10
$l -join ','
class Registry : hashtable {
    [void] Register([string]$name) { $this[$name] = $this.Count }
}
$r = [Registry]::new()
$r.Register('x'); $r.Register('y')
$r['y']
$r.Count
$r.ContainsKey('x')
