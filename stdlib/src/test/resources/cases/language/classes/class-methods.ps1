class Calc {
    [int]$Total
    [int] Add([int]$n) {
        'this output is discarded'
        Write-Output 'so is this'
        $this.Total += $n
        return $this.Total
    }
    [int] Add([int]$a, [int]$b) { return $this.Add($a + $b) }
    [void] Reset() { $this.Total = 0; 'nothing comes out' }
    [string] Describe() {
        foreach ($i in 1..3) {
            if ($i -eq 2) { return "stopped at $i with $($this.Total)" }
        }
        return 'never'
    }
    [object[]] Pair() { return 1, 2 }
    [string[]] Words([string]$text) { return $text -split ' ' }
    [int] Half([double]$d) { return $d / 2 }
    NoType() { $this.Total = -1 }
    [bool] IsBig() { return $this.Total -gt 100 }
}
$c = [Calc]::new()
$c.Add(5)
$c.Add(2, 3)
$c.Reset()
$c.Total
$c.Add('7')
$c.Describe()
$c.Pair().Count
$c.Words('a b c').Count
$c.Half(5)
$r = $c.NoType()
$null -eq $r
$c.Total
$c.IsBig()
$x = $c.Reset()
$null -eq $x
@($c.Reset()).Count
