# Members that exist already, and member types Add-Member cannot add.
$o = '{"Name":"Ann"}' | ConvertFrom-Json
$o | Add-Member -NotePropertyName Name -NotePropertyValue x
$o | Add-Member -NotePropertyName ToString -NotePropertyValue x -Force
$o | Add-Member -MemberType Method -Name M -Value 1
$o | Add-Member -MemberType NoteProperty -Name N -Value 1 -SecondValue 2
$o.Name
