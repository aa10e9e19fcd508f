# Hashtables: case-insensitive keys, missing keys are $null, a hashtable is one pipeline object.
$h = @{ Name = 'x'; 'two words' = 2 }
$h.NAME
$h['name']
$h.'two words'
$null -eq $h.missing
@($h).Count
($h | Measure-Object).Count
$h.Count
$h.Keys.Count
$h.ContainsKey('NAME')
$h.Remove('name')
$h.Count
$h.new = 1
$h['new']
