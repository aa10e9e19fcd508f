# List[T] and Array methods that take a Predicate, Converter or Action: script blocks convert to them
$list = [System.Collections.Generic.List[int]]::new()
$list.AddRange([int[]](1..10))

'-- List[T]'
$list.FindAll({ param($x) $x % 2 -eq 0 }) -join ','
$list.FindAll({ $args[0] -gt 8 }).GetType().Name
$list.Find({ $args[0] -gt 3 })
$list.Find({ $args[0] -gt 20 })
$list.FindLast({ $args[0] % 3 -eq 0 })
$list.FindIndex({ $args[0] -eq 7 })
$list.FindIndex(7, { $args[0] -eq 7 })
$list.FindIndex(2, 3, { $args[0] -ge 4 })
$list.FindLastIndex({ $args[0] -lt 4 })
$list.Exists([Predicate[int]]{ $args[0] -eq 7 })
$list.TrueForAll({ $args[0] -gt 0 })
$list.ConvertAll([Converter[int,string]]{ "<$($args[0])>" }) -join ''
$list.RemoveAll({ $args[0] -lt 5 })
$list -join ','
$names = [System.Collections.Generic.List[string]]::new([string[]]('ann', 'bob'))
$null -eq $names.Find({ $args[0] -eq 'eve' })

'-- $_ is not the element: a delegate gets its arguments in $args and param()'
$list.FindAll({ $null -eq $_ }).Count

'-- Array'
$numbers = 1..10
[Array]::FindAll($numbers, [Predicate[object]]{ $args[0] -gt 7 }) -join ','
[Array]::Find($numbers, { $args[0] -gt 3 })
[Array]::FindLast($numbers, { $args[0] -lt 3 })
[Array]::FindIndex($numbers, { $args[0] -eq 4 })
[Array]::FindLastIndex($numbers, { $args[0] % 3 -eq 0 })
[Array]::Exists($numbers, { $args[0] -eq 11 })
[Array]::TrueForAll($numbers, { $args[0] -gt 0 })
[Array]::ConvertAll($numbers[0..2], [Converter[object,string]]{ "[$($args[0])]" }) -join ''
[Array]::ForEach($numbers[0..2], [Action[object]]{ Write-Output "dropped"; Write-Host "item $($args[0])" })

'-- Func and Action'
$double = [Func[int,int]]{ param($x) $x * 2 }
$double.Invoke(21)
$say = [Action[string]]{ param($text) Write-Host "said $text" }
$say.Invoke('hi')

'-- errors'
try { $list.FindAll($null) } catch { $_.Exception.Message }
try { $list.FindIndex(99, { $true }) } catch { $_.Exception.InnerException.Message }
try { [Array]::Find($null, { $true }) } catch { $_.Exception.InnerException.Message }
