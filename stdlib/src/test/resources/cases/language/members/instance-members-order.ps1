# An object's instance members keep the order they were added in and are found by name in any case, with
# few members (searched in order) and with many (indexed by name as well).
$o = [pscustomobject]@{ B = 1; a = 2 }
$o.b; $o.A; ($o.psobject.Properties.Name) -join ','
$o | Add-Member -NotePropertyName C -NotePropertyValue 3
try { $o | Add-Member -NotePropertyName c -NotePropertyValue 4 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
$o.psobject.Properties.Remove('a'); ($o.psobject.Properties.Name) -join ','
$o | Add-Member -NotePropertyName A -NotePropertyValue 5; ($o.psobject.Properties.Name) -join ','
$wide = [ordered]@{}; foreach ($i in 1..12) { $wide["P$i"] = $i }
$big = [pscustomobject]$wide
$big.p11; $big.P3 = 33; $big.p3; ($big.psobject.Properties.Name) -join ','
$big.psobject.Properties.Remove('P5'); $null -eq $big.p5; $big.P12; ($big.psobject.Properties | Measure-Object).Count
$big | Add-Member -NotePropertyName P5 -NotePropertyValue 55; $big.p5; ($big.psobject.Properties.Name)[-1]
$big | Add-Member -MemberType ScriptMethod -Name Sum -Value { $this.P1 + $this.P12 }; $big.sum()
$copy = $big.psobject.Copy(); $copy.P1 = 100; $big.P1; $copy.p1
