# A script block clause matches when its result is true, with $_ set to the element.
switch (1, 5, 10) {
    { $_ -gt 4 } { "$_ is greater than 4" }
    { $_ % 2 -eq 0 } { "$_ is even" }
    { $false } { 'not printed' }
}
# A script block clause is a predicate even under -Regex.
switch -Regex ('abc') { { $_.Length -eq 3 } { 'three characters' } }
