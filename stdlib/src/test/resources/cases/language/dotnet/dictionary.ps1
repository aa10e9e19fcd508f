$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add('one', 1)
$d.Add('two', 2)
$d.Count
$d.ContainsKey('one')
$d.ContainsKey('ONE')
$v = 0
$d.TryGetValue('two', [ref]$v)
$v
$d.TryGetValue('three', [ref]$v)
$v
$d.Keys -join ','
$d.Values -join ','
$d.Remove('one')
$d.Count
$d['two']
