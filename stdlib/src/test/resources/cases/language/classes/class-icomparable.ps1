class Version2 : System.IComparable {
    [int]$Major
    [int]$Minor
    Version2([int]$major, [int]$minor) { $this.Major = $major; $this.Minor = $minor }
    [int] CompareTo([object]$other) {
        if ($this.Major -ne $other.Major) { return $this.Major - $other.Major }
        return $this.Minor - $other.Minor
    }
    [string] ToString() { return "$($this.Major).$($this.Minor)" }
}
$a = [Version2]::new(1, 2)
$b = [Version2]::new(1, 10)
$c = [Version2]::new(0, 9)
$a -lt $b
$a -gt $c
$a -ge [Version2]::new(1, 2)
$a -is [System.IComparable]
$a -is [IComparable]
1 -is [System.IComparable]
$list = @($b, $a, $c)
($list | Sort-Object) -join ', '
($list | Sort-Object -Descending) -join ', '
[array]::Sort($list)
$list -join ', '
