$al = [System.Collections.ArrayList]::new()
$al.Add('b')
$al.Add('a')
$al.AddRange(@('d', 'c'))
$al.Count
$al.Insert(0, 'z')
$al.Contains('a')
$al.IndexOf('d')
$al.Remove('z')
$al.RemoveAt(0)
$al -join ','
$al.Sort()
$al -join ','
$al.Reverse()
$al -join ','
$al.ToArray().GetType().FullName
$al.Clear()
$al.Count
