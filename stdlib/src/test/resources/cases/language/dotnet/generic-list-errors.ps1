$l = [System.Collections.Generic.List[int]]::new()
$l.Add('five')
$l.RemoveAt(3)
'after'
