class Counter {
    static [int]$Instances
    static [string]$Prefix = 'id-'
    static [int[]]$Seeds = 1, 2, 3
    [string]$Id
    Counter() {
        [Counter]::Instances++
        $this.Id = [Counter]::Prefix + [Counter]::Instances
    }
    static [Counter] Create() { return [Counter]::new() }
    static [int] Sum([int[]]$values) {
        $total = 0
        foreach ($v in $values) { $total += $v }
        return $total
    }
    static [string] Join([string]$a, [string]$b) { return "$a|$b" }
    static [string] Join([string]$a) { return [Counter]::Join($a, 'default') }
}
[Counter]::Instances
[Counter]::Create().Id
[Counter]::new().Id
[Counter]::Instances
[Counter]::Prefix = 'n'
[Counter]::Create().Id
[Counter]::Sum([Counter]::Seeds)
[Counter]::Sum((4, 5))
[Counter]::Join('x')
[Counter]::Join('x', 'y')
[Counter]::Instances = '10'
[Counter]::Instances.GetType().Name
$t = [Counter]
$t::Instances
