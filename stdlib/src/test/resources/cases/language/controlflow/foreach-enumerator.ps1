# $foreach is the loop's enumerator: MoveNext() skips ahead.
foreach ($i in 1..6) {
    if ($i -eq 2) { [void]$foreach.MoveNext(); "skipped to $($foreach.Current)"; continue }
    "at $i"
}
