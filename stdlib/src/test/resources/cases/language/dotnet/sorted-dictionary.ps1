# SortedDictionary[K,V]: enumeration, Keys and Values in key order
$s = [System.Collections.Generic.SortedDictionary[string,int]]::new()
$s['pear'] = 3; $s['apple'] = 1; $s['Banana'] = 2; $s.Add('cherry', 4)
$s.Keys -join ','
$s.Values -join ','
($s.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ' '
$s.Count; $s.ContainsKey('APPLE')
$n = [System.Collections.Generic.SortedDictionary[int,string]]::new()
10, 2, 33, 1 | ForEach-Object { $n[$_] = "v$_" }
$n.Keys -join ','
$v = $null; $n.TryGetValue(33, [ref]$v); $v
[void]$n.Remove(2); $n.Keys -join ','
try { $s.Add('pear', 9) } catch { $_.Exception.InnerException.Message }
$s.GetType().Name
