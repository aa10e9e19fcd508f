class Point : System.IEquatable[Point] {
    [int]$X
    [int]$Y
    Point([int]$x, [int]$y) { $this.X = $x; $this.Y = $y }
    [bool] Equals([object]$other) { return $other -is [Point] -and $this.X -eq $other.X -and $this.Y -eq $other.Y }
    [int] GetHashCode() { return $this.X * 31 + $this.Y }
}
$p = [Point]::new(1, 2)
$p -eq [Point]::new(1, 2)
$p -eq [Point]::new(2, 1)
$p -is [System.IEquatable[Point]]
@([Point]::new(3, 4), [Point]::new(1, 2)) -contains $p
$h = @{}
$h[$p] = 'found'
$h[[Point]::new(1, 2)]

class Countdown : System.Collections.IEnumerable {
    [int]$From
    Countdown([int]$from) { $this.From = $from }
    [System.Collections.IEnumerator] GetEnumerator() { return ($this.From..1).GetEnumerator() }
}
$cd = [Countdown]::new(3)
foreach ($n in $cd) { "tick $n" }
$cd | ForEach-Object { $_ * 10 }
@($cd).Count

class Letters : System.Collections.IEnumerator {
    [string]$Text
    [int]$Index = -1
    Letters([string]$text) { $this.Text = $text }
    [bool] MoveNext() { $this.Index++; return $this.Index -lt $this.Text.Length }
    [object] get_Current() { return $this.Text[$this.Index] }
    [void] Reset() { $this.Index = -1 }
}
$l = [Letters]::new('abc')
$l | ForEach-Object { "letter $_" }

class Resource : System.IDisposable {
    [bool]$Disposed
    [void] Dispose() { $this.Disposed = $true }
}
$r = [Resource]::new()
$r -is [System.IDisposable]
$r.Dispose()
$r.Disposed

class ByLength : System.Collections.Generic.IComparer[string] {
    [int] Compare([string]$x, [string]$y) { return $x.Length - $y.Length }
}
$words = [System.Collections.Generic.List[string]]::new()
$words.AddRange([string[]]('ccc', 'a', 'bb'))
$words.Sort([ByLength]::new())
$words -join ','
$arr = [string[]]('dddd', 'a', 'cc')
[array]::Sort($arr, [ByLength]::new())
$arr -join ','
