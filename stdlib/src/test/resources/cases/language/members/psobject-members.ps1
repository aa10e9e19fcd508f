# $o.psobject: BaseObject, ImmediateBaseObject, Members, Methods, TypeNames (changing them changes pstypenames
# and Get-Member's type name) and Copy().
$o = [pscustomobject]@{a = 1}
$o.psobject.GetType().FullName
$o.psobject -is [psobject]
$o.psobject.BaseObject.GetType().FullName
'abc'.psobject.BaseObject
'abc'.psobject.ImmediateBaseObject.Length
($o.psobject.Methods.Name | Sort-Object) -join ','
$o.psobject.Members['ToString'].MemberType
$o.psobject.Members['a'].Value
$o.psobject.TypeNames.Insert(0, 'My.Widget')
$o.pstypenames -join ','
($o | Get-Member)[0].TypeName
$o.pstypenames.Add('Extra')
$o.psobject.TypeNames.Count
$c = $o.psobject.Copy()
$c.a = 99
'{0} {1}' -f $o.a, $c.a
$c.pstypenames[0]
(Get-Date -Year 2020 -Month 5 -Day 6).psobject.Properties['Year'].Value
(Get-Date).psobject.Properties['Year'].MemberType
