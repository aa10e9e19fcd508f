# Adding a member that exists is an error unless -Force.
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -NotePropertyName a -NotePropertyValue 2
$o.a
$o | Add-Member -NotePropertyName a -NotePropertyValue 3 -Force
$o.a
