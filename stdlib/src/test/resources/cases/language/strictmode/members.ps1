$o = [pscustomobject]@{ Name = 'a'; Empty = $null }
$h = @{ Key = 1 }
Set-StrictMode -Version 1
"v1 absent property: [$($o.Missing)] [$((5).Count)]"

Set-StrictMode -Version 2
"present: $($o.Name) [$($o.Empty)] $($h.Key) $('abc'.Length) $((1, 2).Count) $(@().Count)"
try { $o.Missing } catch { "object: $($_.FullyQualifiedErrorId): $_" }
try { $h.Missing } catch { "hashtable key: $_" }
"hashtable index: [$($h['Missing'])]"
# Count and Length exist on every object only outside strict mode.
try { (5).Count } catch { "scalar Count: $_" }
try { $null.Length } catch { "null Length: $_" }
try { (1, 2).Missing } catch { "member enumeration: $_" }
try { [int]::Missing } catch { "static: $_" }
[int]::MaxValue
$nothing = $null
"null-conditional: [$(${nothing}?.Missing)]"
