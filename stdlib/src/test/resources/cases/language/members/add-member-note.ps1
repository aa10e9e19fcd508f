# Add-Member adds note properties; -PassThru returns the object; an existing name needs -Force.
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -NotePropertyName b -NotePropertyValue 2
$o.b
$p = $o | Add-Member -NotePropertyName c -NotePropertyValue 3 -PassThru
$p.c
$o | Add-Member -MemberType NoteProperty -Name d -Value 4
$o.d
"$o"
$o | Add-Member -NotePropertyMembers @{ e = 5 }
$o.e
