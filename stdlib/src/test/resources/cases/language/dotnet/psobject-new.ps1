# [psobject]::new() is an empty custom object; [psobject]::new($x) wraps $x.
$o = [psobject]::new()
$o | Add-Member -Name name -Value 'value' -MemberType NoteProperty
$o.name
$o -is [pscustomobject]
$w = [psobject]::new('text')
$w.Length
try { [psobject]::new($null) } catch { $_.FullyQualifiedErrorId }
