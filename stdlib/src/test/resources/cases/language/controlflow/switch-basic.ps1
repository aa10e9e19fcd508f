# Clauses compare as strings, ignoring case: 5, '5' and 5.0 all match the number 5.
switch (5) {
    5 { 'int five' }
    '5' { 'string five' }
    5.0 { 'double five' }
    6 { 'not printed' }
}
switch ('ABC') {
    'abc' { 'case is ignored' }
    abc { 'a bare word is a string' }
}
# Without -Wildcard or -Regex, pattern characters are literal.
switch ('abc') {
    'a*' { 'not printed' }
    'a.c' { 'not printed' }
    default { 'no pattern matching by default' }
}
$expected = 'x'
switch ('X') { $expected { 'a clause may be a variable' } }
