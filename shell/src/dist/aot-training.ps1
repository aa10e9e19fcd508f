# The workload the AOT cache is trained on. The cache keeps the classes this run loads and the profiles
# HotSpot gathers of the methods it runs, so what this touches starts compiled sooner in every later run:
# start-up (parsing, variables, commands with arguments, output) and then the constructs everyday scripts
# spend their time in (loops, arithmetic, functions, classes, .NET collections and methods, strings,
# hashtables, pipelines of cmdlets), run long enough for the interpreter's hot paths to be profiled.
$greeting = 'hello'
Write-Output $greeting
$x = 1 + 2 * 3 - 4 / 2
$y = $x * 1.5
Write-Output "value" $x $y | Write-Output
Write-Output -InputObject (10 % 3)

class Item {
    [long]$Id
    [string]$Name
    Item([long]$id, [string]$name) { $this.Id = $id; $this.Name = $name }
    [long] Weight() { return $this.Id % 10 }
}

function Get-Fib([int]$n) {
    if ($n -lt 2) { return $n }
    return (Get-Fib ($n - 1)) + (Get-Fib ($n - 2))
}

function Add-Pair {
    [CmdletBinding()]
    param([int]$Left, [int]$Right)
    $Left + $Right
}

for ($round = 0; $round -lt 3; $round++) {
    try { throw 'training' } catch { $null = $_.Exception.Message }
    [long]$sum = 0
    foreach ($i in 1..200000) { $sum += ($i * 3) % 7 }
    for ($i = 0; $i -lt 100000; $i++) { $sum -= $i -band 3 }
    $null = Get-Fib 16

    $items = [System.Collections.Generic.List[Item]]::new()
    foreach ($i in 0..30000) { $items.Add([Item]::new($i, "item$i")) }
    [long]$total = 0
    foreach ($item in $items) { $total += $item.Id + $item.Weight() }
    $items.Sort([System.Comparison[Item]] { param($a, $b) $a.Weight().CompareTo($b.Weight()) })

    $table = @{}
    foreach ($i in 0..20000) { $table["key$i"] = $i; $null = $table.ContainsKey("key$($i - 1)") }
    $counts = [System.Collections.Generic.Dictionary[string, long]]::new()
    foreach ($i in 0..20000) { $counts["k$($i % 100)"] = $i; $total += $counts["k$($i % 50)"] }
    $list = [System.Collections.ArrayList]::new()
    foreach ($i in 0..20000) { $null = $list.Add($i * 2) }
    $array = @(foreach ($i in 0..20000) { $i })
    $null = $array[100..200]

    $builder = [System.Text.StringBuilder]::new()
    foreach ($i in 1..10000) {
        $null = $builder.Append("x$i").Append(',')
        $text = 'Abc'.ToUpper() + $i.ToString() + ('{0:N2}' -f ($i / 3))
        $null = $text -match '\d+' -and $text -like '*1*'
        $null = $text.Substring(1).Replace('B', 'b').Split('C')
    }
    $null = ($builder.ToString() -split ',') -join ';'

    $null = 1..20000 | ForEach-Object { $_ * 2 } | Where-Object { $_ % 3 } | Measure-Object -Sum
    $null = 0..5000 | ForEach-Object { [pscustomobject]@{ Id = $_; Group = $_ % 13 } } |
        Sort-Object -Property Group | Select-Object -First 3 -Property Id, Group
    for ($i = 0; $i -lt 10000; $i++) { $null = Add-Pair -Left $i -Right 2 }
    $null = switch -regex ('alpha', 'beta', 'gamma') { '^a' { 1 } 'e' { 2 } default { 3 } }
}
