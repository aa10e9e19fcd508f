# Add-Member: note, alias properties and type names; -Force replaces an instance member.
$o = '{"Name":"Ann"}' | ConvertFrom-Json
$o | Add-Member -NotePropertyName Age -NotePropertyValue 31
$o | Add-Member -MemberType NoteProperty -Name City -Value Oslo
$o | Add-Member -MemberType AliasProperty -Name Years -Value Age
$o | Add-Member -NotePropertyMembers @{ Country = 'NO' }
$o | Out-String
$o.Years
$o | Add-Member Country SE -Force -PassThru | Select-Object -ExpandProperty Country
$o | Add-Member -TypeName My.Person
$o.PSTypeNames[0]
($o | Add-Member -NotePropertyName Id -NotePropertyValue 7 -TypeName int -PassThru).PSTypeNames[0]
$o | Get-Member -MemberType AliasProperty, NoteProperty | Out-String
('abc' | Add-Member -NotePropertyName Extra -NotePropertyValue 1 -PassThru).Extra
