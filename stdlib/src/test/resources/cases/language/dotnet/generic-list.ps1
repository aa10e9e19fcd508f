$l = [System.Collections.Generic.List[int]]::new()
$l.Add('5')
$l.Add(2.0)
$l.Count
$l[0].GetType().Name
$l[1].GetType().Name
$l.Contains(5)
$l.Remove(5)
$l -join ','
$names = [System.Collections.Generic.List[string]]::new()
$names.AddRange([string[]]@('x', 'y'))
$names.IndexOf('y')
$l.GetType().ToString()
