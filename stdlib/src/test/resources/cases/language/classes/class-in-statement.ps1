# A class or enum declared inside a statement belongs to the enclosing script block, as its statements do.
if ($true) {
    class Point {
        [int]$X
        [int]$Y
        Point([int]$x, [int]$y) { $this.X = $x; $this.Y = $y }
        [string] ToString() { return "($($this.X), $($this.Y))" }
    }
    enum Shade { Light; Dark }
}
[Point]::new(1, 2).ToString()
[Shade]::Dark

# ...also inside a function's statements, where it is the function's.
function New-Inner {
    foreach ($i in 1) {
        class Inner { [string]$Name = 'inner' }
    }
    [Inner]::new().Name
}
New-Inner
