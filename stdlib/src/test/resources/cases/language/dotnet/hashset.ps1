$s = [System.Collections.Generic.HashSet[int]]::new()
$s.Add(1)
$s.Add('2')
$s.Add(1)
$s.Count
$s.Contains(2)
$s.UnionWith([int[]]@(3, 4))
$s -join ','
$s.IntersectWith([int[]]@(2, 3, 9))
$s -join ','
$s.Remove(2)
$s.Remove(2)
$words = [System.Collections.Generic.HashSet[string]]::new()
$words.Add('a')
$words.Add('A')
$words.Count
