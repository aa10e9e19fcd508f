class Box {
    [int]$Size
    Box([int]$size) { $this.Size = $size }
    [int] Double() { return $this.Size * 2 }
    [int] Add([int]$a, [int]$b) { return $a + $b }
}
$b = [Box]::new(2)
$b.Missing()
$b.Double(1)
$b.Add(1)
$b.Add('x', 1)
[Box]::new()
[Box]::new('big')
$b.Size = 'huge'
$b.Size
[Box]::Nope()
$b.NoSuchProperty = 1
[NotAType]::new()
'still running'
