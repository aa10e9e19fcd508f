$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add('k', 1)
$d.Add('k', 2)
$d['k']
