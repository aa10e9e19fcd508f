# -Exact compares literally; the last of -Exact, -Regex and -Wildcard wins.
switch -Exact ('a*') {
    'a*' { 'literal a*' }
    'ab' { 'not printed' }
}
switch -Wildcard -Exact ('abc') { 'a*' { 'not printed' } default { 'exact wins' } }
switch -Exact -Wildcard ('abc') { 'a*' { 'wildcard wins' } }
