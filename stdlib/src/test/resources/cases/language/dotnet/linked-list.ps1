# System.Collections.Generic.LinkedList[T] and its nodes
$list = [System.Collections.Generic.LinkedList[int]]::new()
$two = $list.AddLast(2)
$null = $list.AddFirst(1)
$null = $list.AddAfter($two, 4)
$null = $list.AddBefore($list.Last, 3)
$list -join ','
$list.Count
$list.First.Value
$list.Last.Previous.Value
$null -eq $list.First.Previous
$two.Next.Value
$two.List.Count
$list.Contains(3)
$list.Find(3).Next.Value
$null -eq $list.Find(9)
$list.Remove(3)
$list.Remove(9)
$list.RemoveFirst()
$list.RemoveLast()
$list -join ','
$two.Value = 20
$list.First.Value
$list.GetType().Name
$two.GetType().Name
$words = [System.Collections.Generic.LinkedList[string]]::new([string[]]('a', 'b', 'c'))
$words | ForEach-Object { $_.ToUpper() }

'-- errors'
$other = [System.Collections.Generic.LinkedList[int]]::new()
try { $other.AddAfter($two, 1) } catch { $_.Exception.InnerException.Message }
try { $other.RemoveFirst() } catch { $_.Exception.InnerException.Message }
try { $other.AddLast($two) } catch { $_.Exception.InnerException.Message }
try { foreach ($w in $words) { $null = $words.AddLast('d') } } catch { $_.Exception.Message }
