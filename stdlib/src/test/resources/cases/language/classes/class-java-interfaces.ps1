class Greeter : java.lang.Runnable {
    [string]$Name
    static [int]$Runs
    Greeter([string]$name) { $this.Name = $name }
    [void] run() { [Greeter]::Runs++; Write-Host "hello from $($this.Name)" }
}
$g = [Greeter]::new('java')
$g -is [java.lang.Runnable]
[java.util.concurrent.Executors]::callable($g).call()
$task = [java.util.concurrent.FutureTask]::new($g, 'done')
$task.run()
$task.get()
[Greeter]::Runs
class Doubler : java.util.function.Function {
    [object] apply([object]$x) { return $x * 2 }
}
[java.util.Optional]::of(21).map([Doubler]::new()).get()
class ByLength : java.util.Comparator {
    [int] compare([object]$a, [object]$b) { return $a.Length - $b.Length }
}
$list = [java.util.ArrayList]::new()
foreach ($w in 'ccc', 'a', 'bb') { [void]$list.add($w) }
[java.util.Collections]::sort($list, [ByLength]::new())
$list -join ','
$c = [ByLength]::new()
[java.util.Collections]::max($list, $c)
class Failing : java.util.function.Supplier {
    [object] get() { throw 'supplier failed' }
}
try { [java.util.Optional]::empty().orElseGet([Failing]::new()) } catch { $_.Exception.Message }
