# -CaseSensitive applies to plain, -Wildcard and -Regex matching alike.
switch -CaseSensitive ('Hello') {
    'hello' { 'not printed' }
    'Hello' { 'exact case' }
}
switch -CaseSensitive -Wildcard ('Hello') {
    'h*' { 'not printed' }
    'H*' { 'wildcard with case' }
}
switch -Regex -CaseSensitive ('Hello') {
    '^hello$' { 'not printed' }
    '^Hel' { 'regex with case' }
}
