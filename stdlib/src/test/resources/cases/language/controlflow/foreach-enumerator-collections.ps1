# $foreach over other collections: MoveNext() and Current skip ahead the same way
$list = [System.Collections.Generic.List[int]]::new()
1..5 | ForEach-Object { $list.Add($_) }
foreach ($i in $list) {
    if ($i -eq 2) { [void]$foreach.MoveNext(); "skipped to $($foreach.Current)"; continue }
    "at $i"
}
foreach ($i in $list) { $foreach.GetType().FullName -replace ', System.Private.CoreLib[^\]]*'; break }
$arrayList = [System.Collections.ArrayList]@('a', 'b', 'c')
foreach ($x in $arrayList) { if ($foreach.MoveNext()) { "$x then $($foreach.Current)" } else { "$x last" } }
# A hashtable is one object to foreach; its GetEnumerator() goes entry by entry, and $foreach is that
# very enumerator (an IDictionaryEnumerator, with Key and Value): moving either moves the loop
$h = [ordered]@{ a = 1; b = 2; c = 3; d = 4; e = 5 }
foreach ($e in $h) { $e.GetType().Name; $foreach.GetType().FullName }
$enumerator = $h.GetEnumerator()
foreach ($e in $enumerator) {
    "$($e.Key)=$($e.Value)"
    if ($e.Key -eq 'a') { [void]$foreach.MoveNext(); "skipped $($foreach.Key) ($($foreach.Current.GetType().Name))" }
    if ($e.Key -eq 'c') { [void]$enumerator.MoveNext(); "skipped $($foreach.Entry.Key)" }
}
$d = [System.Collections.Generic.Dictionary[string, int]]::new()
$d['x'] = 1; $d['y'] = 2
foreach ($e in $d) { $e.Count }
foreach ($e in $d.GetEnumerator()) { [void]$foreach.MoveNext(); "first $($e.Key), then $($foreach.Key)" }
