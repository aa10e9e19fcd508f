$parts = 'a,b;c'.Split(',')
$parts.Count
'a,b;c'.Split([char[]]@(',', ';'))
'a,,b'.Split(',').Count
'a,,b'.Split(',', [StringSplitOptions]::RemoveEmptyEntries).Count
'one--two--three'.Split([string[]]@('--'), [StringSplitOptions]::None)
