class Point {
    [int]$X
    [int]$Y
    [string]$Made = 'init'
    Point() { $this.Made += '+default' }
    Point([int]$x, [int]$y) { $this.X = $x; $this.Y = $y; $this.Made += '+xy' }
    Point([string]$text) {
        $parts = $text -split ','
        $this.X = $parts[0]
        $this.Y = $parts[1]
        $this.Made += '+text'
    }
}
$a = [Point]::new()
'{0},{1} {2}' -f $a.X, $a.Y, $a.Made
$b = [Point]::new(3, 4)
'{0},{1} {2}' -f $b.X, $b.Y, $b.Made
$c = [Point]::new('7,8')
'{0},{1} {2}' -f $c.X, $c.Y, $c.Made
$d = [Point]::new('5', '6')
'{0},{1} {2}' -f $d.X, $d.Y, $d.Made
$e = New-Object Point 1, 2
'{0},{1}' -f $e.X, $e.Y
$f = New-Object -TypeName Point
$f.Made
class NoDefault {
    [string]$Name
    NoDefault([string]$name) { $this.Name = $name.ToUpper() }
}
[NoDefault]::new('abc').Name
class Implicit { [int]$N = 42 }
[Implicit]::new().N
