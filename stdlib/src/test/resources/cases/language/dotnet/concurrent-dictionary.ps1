# ConcurrentDictionary[K,V]: TryAdd/TryGetValue/TryUpdate/GetOrAdd/TryRemove, atomic under ForEach-Object -Parallel
$d = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new()
$d.TryAdd('a', 1)
$d.TryAdd('a', 2)
$d['a']
$d['b'] = 5
$d.Count
$d.IsEmpty
$v = 0; $d.TryGetValue('b', [ref]$v); $v
$d.TryUpdate('b', 6, 5)
$d.TryUpdate('b', 7, 5)
$d['b']
$d.GetOrAdd('c', 3)
$d.GetOrAdd('c', 4)
$r = 0; $d.TryRemove('a', [ref]$r); $r
$d.TryRemove('zz', [ref]$r); $r
($d.Keys | Sort-Object) -join ','
$d.ContainsKey('A')
$bag = [System.Collections.Concurrent.ConcurrentDictionary[int,int]]::new()
1..200 | ForEach-Object -Parallel { $b = $using:bag; [void]$b.TryAdd($_, $_ * 2) } -ThrottleLimit 4
$bag.Count
($bag.Values | Measure-Object -Sum).Sum
$counts = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new()
1..100 | ForEach-Object -Parallel {
    $c = $using:counts
    do { $old = $c.GetOrAdd('n', 0) } until ($c.TryUpdate('n', $old + 1, $old))
} -ThrottleLimit 4
$counts['n']
($d.GetEnumerator() | Sort-Object Key | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ' '
