# Every clause that matches runs, in order, not just the first.
switch ('apple') {
    'apple' { 'first clause' }
    { $_.Length -eq 5 } { 'second clause' }
    'pear' { 'not printed' }
    'APPLE' { 'third clause' }
}
# The same clause can match again for a later element.
switch ('a', 'b', 'a') { 'a' { "a again: $_" } }
