# Get-Verb lists pwsh's approved verbs; New-Guid makes GUIDs.
$v = Get-Verb -Verb Get
$v.Verb, $v.AliasPrefix, $v.Group, $v.Description
$v -is [System.Management.Automation.VerbInfo]
"$v"
(Get-Verb).Count
(Get-Verb -Group Security | ForEach-Object Verb) -join ','
(Get-Verb -Verb 'Re*' -Group Common | ForEach-Object Verb) -join ','
Get-Verb -Verb Send -OutVariable zoo > $null
$zoo.Group
$g = New-Guid
$g -is [guid]
$g.ToString() -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
$g -ne (New-Guid)
(New-Guid -Empty).ToString()
("b5c1fd77-5b25-4cf7-9a1c-3d4a1b1e0f00" | New-Guid).ToString()
