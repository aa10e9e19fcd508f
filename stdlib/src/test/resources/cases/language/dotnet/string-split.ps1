$parts = 'a,b;c'.Split(',')
$parts.Count
'a,b;c'.Split([char[]]@(',', ';'))
'a,,b'.Split(',').Count
'a,,b'.Split(',', [StringSplitOptions]::RemoveEmptyEntries).Count
'one--two--three'.Split([string[]]@('--'), [StringSplitOptions]::None)
# a string separator and a count pick Split(string, int, options = None), not the params char[] overload
'a-b-c'.Split('-', 2) -join '|'
