# Update-TypeData -TypeName ... -MemberType: members every value of the type (or a derived one) gets, by its
# type names; custom objects match by PSTypeName.
function Show-Error($e) { "$($e.Exception.Message) | $($e.FullyQualifiedErrorId)" }

Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { $this.ToUpper() + '!' }
'hello'.Shout
$s = 'abc'
$s.Shout
foreach ($w in 'x', 'y') { $w.Shout }

# An accelerator names its type; a script method gets its arguments and $this.
Update-TypeData -TypeName string -MemberType ScriptMethod -MemberName Twice -Value { param($sep) $this + $sep + $this }
'ab'.Twice('-')

# A member already there is an error without -Force.
Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { 'x' } -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]
'again'.Shout
Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { 'forced' } -Force
'again'.Shout

# A base type's members reach derived types.
Update-TypeData -TypeName System.IO.FileSystemInfo -MemberType ScriptProperty -MemberName Upper -Value { $this.Name.ToUpper() }
New-Item -ItemType File -Path ./a.txt | Out-Null
(Get-Item ./a.txt).Upper

# Custom objects by PSTypeName: alias, script and note properties; a setter script.
Update-TypeData -TypeName My.Point -MemberType AliasProperty -MemberName Horizontal -Value X
Update-TypeData -TypeName My.Point -MemberType ScriptProperty -MemberName Sum -Value { $this.X + $this.Y } -SecondValue { param($v) $this.X = $v - $this.Y }
Update-TypeData -TypeName My.Point -MemberType NoteProperty -MemberName Unit -Value 'px'
$p = [pscustomobject]@{ PSTypeName = 'My.Point'; X = 3; Y = 4 }
$p.Horizontal
$p.Sum
$p.Sum = 10
$p.X
$p.Unit
$p | Get-Member -MemberType AliasProperty, NoteProperty, ScriptProperty | ForEach-Object { "$($_.Name) $($_.MemberType) $($_.Definition)" }
$p.psobject.Properties.Name -join ','
# Instance members hide the type's.
$q = [pscustomobject]@{ PSTypeName = 'My.Point'; X = 1; Y = 2; Unit = 'em' }
$q.Unit
# Objects of other types do not have them.
$r = [pscustomobject]@{ X = 1; Y = 2 }
$null -eq $r.Sum

# The standard members: DefaultDisplayPropertySet is what formatting shows by default.
Update-TypeData -TypeName My.Point -DefaultDisplayPropertySet X, Sum
$p
$p | Format-List
$p | Format-List *
Update-TypeData -TypeName My.Point -DefaultDisplayPropertySet Y -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]
Update-TypeData -TypeName My.Point -DefaultDisplayPropertySet Y, Unit -SerializationDepth 2 -DefaultDisplayProperty Y -Force
$p | Format-Table
# Format-Wide shows the DefaultDisplayProperty.
($p | Format-Wide | Out-String).Trim()

# Get-TypeData gives TypeData objects.
$t = Get-TypeData My.Point
$t.GetType().FullName
$t.TypeName
$t.Members.Keys -join ','
$t.Members['Sum'].GetType().Name
$t.Members['Horizontal'].ReferencedMemberName
$t.DefaultDisplayPropertySet.ReferencedProperties -join ','
$t.DefaultDisplayProperty
$t.SerializationDepth
(Get-TypeData My.*).TypeName
(Get-TypeData string).TypeName
@(Get-TypeData No.Such.Type).Count

# Errors of the parameters stop the command.
try { Update-TypeData -TypeName My.Point -MemberName Foo } catch { Show-Error $_ }
try { Update-TypeData -TypeName My.Point -MemberType NoteProperty -Value 1 } catch { Show-Error $_ }
try { Update-TypeData -TypeName My.Point -MemberType NoteProperty -MemberName N } catch { Show-Error $_ }
try { Update-TypeData -TypeName My.Point -MemberType ScriptMethod -MemberName M -Value { 1 } -SecondValue { 2 } } catch { Show-Error $_ }
try { Update-TypeData -TypeName My.Point -MemberType ScriptProperty -MemberName M -Value $null } catch { Show-Error $_ }
try { Update-TypeData -TypeName My.Point -MemberType AliasProperty -MemberName M -Value '' } catch { Show-Error $_ }
try { Update-TypeData -TypeName ' ' -MemberType NoteProperty -MemberName M -Value 1 } catch { Show-Error $_ }
# These are errors of their own, and the script goes on.
Update-TypeData -TypeName My.Point -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]
Update-TypeData -TypeName My.Point -MemberType NoteProperty -MemberName PSObject -Value 1 -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]

# Remove-TypeData takes all of a type's data away.
Remove-TypeData -TypeName My.Point
$null -eq $p.Sum
$p | Format-Table
Remove-TypeData -TypeName My.Point -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]
Get-TypeData string | Remove-TypeData
'text'.Shout -eq $null

# A type's note property is the type's: no object may change it.
Update-TypeData -TypeName My.Point -MemberType NoteProperty -MemberName Unit -Value 'px'
try { $p.Unit = 'cm' } catch { 'cannot change it' }
$p.Unit

# TypeData objects show as pwsh's TypeData table view.
Update-TypeData -TypeName Other.Thing -DefaultDisplayPropertySet A
Get-TypeData Other.Thing | Format-Table
"$(Get-TypeData Other.Thing)"
