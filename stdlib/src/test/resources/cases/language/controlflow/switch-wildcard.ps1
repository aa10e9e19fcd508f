# -Wildcard matches clauses as wildcard patterns over the whole string, ignoring case.
switch -Wildcard ('report.TXT', 'data.csv', 'notes') {
    '*.txt' { "text: $_" }
    '*.csv' { "csv: $_" }
    '?ote?' { "five letters: $_" }
    'rep*' { "starts with rep: $_" }
}
switch -wildcard ('[x]') { '`[x`]' { 'escaped brackets' } }
