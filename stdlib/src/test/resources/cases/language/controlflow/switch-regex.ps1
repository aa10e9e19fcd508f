# -Regex matches clauses as regular expressions, ignoring case, and sets $Matches.
switch -Regex ('John Smith') {
    '^(?<first>\w+) (?<last>\w+)$' { "first=$($Matches.first) last=$($Matches['last']) whole=$($Matches[0])" }
    '^JOHN' { "case ignored, `$Matches[0] is now $($Matches[0])" }
    '^\d' { 'not printed' }
}
switch -regex ('a1', 'b22', 'c') {
    '(\d+)' { "$_ has digits $($Matches[1])" }
    default { "$_ has none" }
}
