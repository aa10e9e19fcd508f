# $o.psobject.Properties: the object's properties with Name, Value (settable), MemberType, TypeNameOfValue and
# IsSettable; indexed by name, changed with Add and Remove, searched with Match, piped like any collection.
$o = [pscustomobject]@{a = 1; b = 'x'}
$o.psobject.Properties | ForEach-Object { '{0}={1} {2} {3} {4}' -f $_.Name, $_.Value, $_.MemberType, $_.TypeNameOfValue, $_.IsSettable }
$o.psobject.Properties['a'].Value = 5
$o.a
$o.psobject.Properties.Add([psnoteproperty]::new('c', 3))
$o.c
$o.psobject.Properties.Remove('b')
$o.psobject.Properties.Name -join ','
$o.psobject.Properties.Add([psscriptproperty]::new('d', { $this.a * 2 }))
$o.d
$o.psobject.Properties['d'].Value
$o.psobject.Properties['d'].MemberType
$o.psobject.Properties['d'].IsSettable
$o.psobject.Properties.Match('[ac]').Name -join ','
$o.psobject.Properties['nope'] -eq $null
'abc'.psobject.Properties['Length'].Value
'abc'.psobject.Properties['Length'].MemberType
try { $o.psobject.Properties.Add([psnoteproperty]::new('a', 1)) } catch { $_.Exception.Message }
$p = [psnoteproperty]::new('n', 'v')
$p.GetType().FullName
$p.Name + '=' + $p.Value
$o.psobject.Properties['a']
