# System.Linq.Enumerable with script blocks as delegates
[int[]]$numbers = 5, 3, 1, 4, 2
$greaterThanTwo = [Func[int,bool]]{ param($x) $x -gt 2 }

'-- deferred operators'
[Linq.Enumerable]::Where($numbers, $greaterThanTwo) -join ','
[System.Linq.Enumerable]::Select($numbers, [Func[int,int]]{ $args[0] * 10 }) -join ','
[Linq.Enumerable]::OrderBy($numbers, [Func[int,int]]{ $args[0] }) -join ','
[Linq.Enumerable]::OrderByDescending([string[]]('bb', 'a', 'ccc'), [Func[string,int]]{ $args[0].Length }) -join ','
[Linq.Enumerable]::Skip($numbers, 2) -join ','
[Linq.Enumerable]::Take($numbers, 2) -join ','
[Linq.Enumerable]::SkipWhile($numbers, [Func[int,bool]]{ $args[0] -ne 1 }) -join ','
[Linq.Enumerable]::TakeWhile($numbers, [Func[int,bool]]{ $args[0] -gt 2 }) -join ','
[Linq.Enumerable]::Reverse($numbers) -join ','
[Linq.Enumerable]::Reverse('abc') -join ''
[Linq.Enumerable]::Range(1, 5) -join ','
[Linq.Enumerable]::Repeat('x', 3) -join ''
[Linq.Enumerable]::Concat([int[]](1, 2), [int[]](3)) -join ','
[Linq.Enumerable]::SelectMany([int[]](1, 2), [Func[int,int[]]]{ $args[0], $args[0] }) -join ','
[Linq.Enumerable]::Zip([int[]](1, 2, 3), [string[]]('a', 'b'), [Func[int,string,string]]{ "$($args[0])$($args[1])" }) -join ','
[Linq.Enumerable]::Chunk([int[]](1..5), 2) | ForEach-Object { $_ -join '+' }

'-- sets'
[Linq.Enumerable]::Distinct([int[]](1, 1, 2, 3, 3)) -join ','
[Linq.Enumerable]::Distinct([string[]]('a', 'A', 'a')) -join ','
[Linq.Enumerable]::Union([int[]](1, 2), [int[]](2, 3)) -join ','
[Linq.Enumerable]::Intersect([int[]](1, 2, 3), [int[]](2, 3, 4)) -join ','
[Linq.Enumerable]::Except([int[]](1, 2, 3), [int[]](2)) -join ','
[Linq.Enumerable]::Contains($numbers, 4)
[Linq.Enumerable]::SequenceEqual([int[]](1, 2), [int[]](1, 2))
[Linq.Enumerable]::SequenceEqual([int[]](1, 2), [int[]](2, 1))

'-- elements and aggregates'
[Linq.Enumerable]::First($numbers)
[Linq.Enumerable]::First($numbers, [Func[int,bool]]{ $args[0] -lt 3 })
[Linq.Enumerable]::Last($numbers)
[Linq.Enumerable]::FirstOrDefault([int[]]@())
$null -eq [Linq.Enumerable]::FirstOrDefault([string[]]@())
[Linq.Enumerable]::Single([int[]](7))
[Linq.Enumerable]::ElementAt($numbers, 3)
[Linq.Enumerable]::Count($numbers)
[Linq.Enumerable]::Count($numbers, $greaterThanTwo)
[Linq.Enumerable]::Any([int[]]@())
[Linq.Enumerable]::All($numbers, [Func[int,bool]]{ $args[0] -gt 0 })
$sum = [Linq.Enumerable]::Sum($numbers)
"$sum $($sum.GetType().Name)"
[Linq.Enumerable]::Sum([double[]](1.5, 2.25))
[Linq.Enumerable]::Min($numbers)
[Linq.Enumerable]::Max([string[]]('pear', 'apple'))
[Linq.Enumerable]::Average($numbers)
[Linq.Enumerable]::Aggregate($numbers, [Func[int,int,int]]{ param($product, $x) $product * $x })
[Linq.Enumerable]::Aggregate([string[]]('a', 'b'), '>', [Func[string,string,string]]{ $args[0] + $args[1] })

'-- conversions'
$array = [Linq.Enumerable]::ToArray([Linq.Enumerable]::Where($numbers, $greaterThanTwo))
"$($array.GetType().Name): $($array -join ',')"
$list = [Linq.Enumerable]::ToList($numbers)
"$($list.GetType().Name): $($list.Count)"

'-- a query runs when enumerated'
$source = [System.Collections.Generic.List[int]]::new()
$source.Add(1)
$query = [Linq.Enumerable]::Where($source, [Func[int,bool]]{ $args[0] -gt 0 })
$source.Add(2)
@($query).Count

'-- errors'
try { [Linq.Enumerable]::First([int[]]@()) } catch { $_.Exception.Message }
try { [Linq.Enumerable]::First($numbers, [Func[int,bool]]{ $false }) } catch { $_.Exception.InnerException.Message }
try { [Linq.Enumerable]::Single($numbers) } catch { $_.Exception.InnerException.Message }
try { [Linq.Enumerable]::Sum([int[]]([int]::MaxValue, 1)) } catch { $_.Exception.InnerException.GetType().FullName }
try { [Linq.Enumerable]::Where($null, $greaterThanTwo) } catch { $_.Exception.InnerException.Message }
try { [Linq.Enumerable]::Range(1, -1) } catch { $_.FullyQualifiedErrorId }
