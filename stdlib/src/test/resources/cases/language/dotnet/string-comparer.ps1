# [StringComparer]: its six comparers compare strings, and decide key equality for the hashtables, dictionaries and
# hash sets made with one; those collections also take a capacity and copy another dictionary
$h = [hashtable]::new([StringComparer]::Ordinal); $h['A'] = 1; $h.ContainsKey('a'); $h.ContainsKey('A')
$h2 = [hashtable]::new([StringComparer]::OrdinalIgnoreCase); $h2['A'] = 1; $h2['a'] = 2; $h2.Count; $h2['A']
[hashtable]::new(10).Count
$copy = [hashtable]::new(@{ Key = 1 }); $copy.ContainsKey('key')
$d = [System.Collections.Generic.Dictionary[string,int]]::new([StringComparer]::OrdinalIgnoreCase)
$d['X'] = 1; $d.ContainsKey('x'); $d['x'] = 5; $d.Count; $d['X']
[System.Collections.Generic.Dictionary[string,int]]::new(100).Count
$d2 = [System.Collections.Generic.Dictionary[string,int]]::new($d); $d2.ContainsKey('x')
$set = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
$set.Add('Hello'); $set.Add('HELLO'); $set.Count; $set.Contains('hello'); @($set)[0]
$set2 = [System.Collections.Generic.HashSet[string]]::new([string[]]('a', 'A', 'b'), [StringComparer]::OrdinalIgnoreCase); $set2.Count
[System.Collections.Generic.HashSet[int]]::new(5).Count
$list = [System.Collections.Generic.List[string]]@("b", "C", "a")
$list.Sort([StringComparer]::Ordinal); $list -join ','
$list.Sort([StringComparer]::OrdinalIgnoreCase); $list -join ','
[StringComparer]::OrdinalIgnoreCase.Equals('abc', 'ABC')
[StringComparer]::Ordinal.Compare('a', 'B') -gt 0
[StringComparer]::InvariantCulture.Compare('a', 'B') -lt 0
[StringComparer]::OrdinalIgnoreCase.GetHashCode('abc') -eq [StringComparer]::OrdinalIgnoreCase.GetHashCode('ABC')
