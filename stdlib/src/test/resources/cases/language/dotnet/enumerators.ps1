$e = (1, 2, 3).GetEnumerator()
while ($e.MoveNext()) { $e.Current }
$e.MoveNext()
$e.Reset()
$e.MoveNext()
$e.Current
$e -is [System.Collections.IEnumerator]
# a pipeline enumerates what is left of an enumerator
$e | ForEach-Object { "rest $_" }
$h = @{ b = 2; a = 1; c = 3 }
$h.GetEnumerator() | Sort-Object Name
$he = ([ordered]@{ x = 10; y = 20 }).GetEnumerator()
while ($he.MoveNext()) { '{0}={1} {2}' -f $he.Key, $he.Value, $he.Current.Name }
$list = [System.Collections.Generic.List[string]]::new()
$list.Add('p'); $list.Add('q')
$le = $list.GetEnumerator()
foreach ($item in $le) { "list $item" }
$al = [System.Collections.ArrayList]::new(@('u', 'v'))
$ae = $al.GetEnumerator()
[void]$ae.MoveNext()
$ae.Current
$fresh = @(7).GetEnumerator()
try { $fresh.Current } catch { $_.Exception.Message }
[void]$fresh.MoveNext(); [void]$fresh.MoveNext()
try { $fresh.Current } catch { $_.Exception.Message }
$de = @{ k = 1 }.GetEnumerator()
try { $de.Current } catch { $_.Exception.Message }
