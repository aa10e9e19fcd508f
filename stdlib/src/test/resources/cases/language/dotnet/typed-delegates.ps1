# A script block converted to a delegate type is a delegate of that type: Invoke converts the arguments to the
# parameter types and the block's output to the return type, as pwsh's ScriptBlock.GetDelegate does
[Func[int,string]]$describe = { param($n) $n * 2 }
$describe.GetType().FullName
$result = $describe.Invoke('21')
$result
$result.GetType().Name
$describe -is [Func[int,string]]
$describe -is [System.MulticastDelegate]
$describe -is [Delegate]
$describe -is [scriptblock]

'-- an Action drops what the block outputs'
$log = [Action[string]]{ param($text) "dropped"; Write-Host "logged $text" }
$log.Invoke('once')
$log.GetType().Name

'-- a Predicate answers a bool, a Comparison an int'
$isBig = [Predicate[int]]{ $args[0] -gt 10 }
$isBig.Invoke(11)
$isBig.Invoke(3).GetType().Name
$order = [Comparison[string]]{ param($a, $b) [string]::CompareOrdinal($b, $a) }
$order.Invoke('a', 'b').GetType().Name
$words = [System.Collections.Generic.List[string]]@('pear', 'apple', 'fig')
$words.Sort($order)
$words -join ','

'-- DynamicInvoke takes its arguments as an array'
$add = [Func[int,int,int]]{ param($x, $y) $x + $y }
$add.DynamicInvoke(2, 3)
try { $add.DynamicInvoke(2) } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }

'-- ConvertAll takes its output type from a typed converter'
$numbers = [System.Collections.Generic.List[int]]@(1, 2, 3)
$strings = $numbers.ConvertAll([Converter[int,string]]{ "<$($args[0])>" })
$strings.GetType().Name, $strings.GetType().GenericTypeArguments[0].Name
$strings -join ''
[Array]::ConvertAll([object[]](1, 2), [Converter[object,int]]{ $args[0] * 10 }).GetType().Name

'-- Select takes a typed Func as well'
[System.Linq.Enumerable]::Select([int[]](1..3), [Func[int,string]]{ "#$($args[0])" }) -join ' '
[System.Linq.Enumerable]::ToArray([System.Linq.Enumerable]::Select([int[]](1..3), [Func[int,string]]{ "$($args[0])" })).GetType().Name
[System.Linq.Enumerable]::ToArray([System.Linq.Enumerable]::Select([int[]](1..3), { "$($args[0])" })).GetType().Name
