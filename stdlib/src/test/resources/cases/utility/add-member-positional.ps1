# The classic positional forms: a member type's name is not taken as a note property's name (a swallowable
# validation), so the first argument binds to -MemberType; other first arguments name a note property.
$o = [pscustomobject]@{ A = 1 }
$o | Add-Member NoteProperty Z 9
Add-Member -InputObject $o ScriptProperty Twice { $this.A * 2 }
$o | Add-Member Label 'text'
$o | Add-Member 5 'five'
$o.Z, $o.Twice, $o.Label, $o.'5'
($o.psobject.Properties | ForEach-Object { "$($_.Name):$($_.MemberType)" }) -join ' '
try {
    $o | Add-Member -NotePropertyName NoteProperty -NotePropertyValue 1
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
