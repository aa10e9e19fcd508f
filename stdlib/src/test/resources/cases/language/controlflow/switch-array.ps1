# An array is switched element by element, with $_ set to each.
switch (1, 2, 3) {
    1 { "one: $_" }
    2 { "two: $_" }
    default { "other: $_" }
}
$colors = 'red', 'green'
switch ($colors) { default { $_.ToUpper() } }
# A nested array is one element.
switch (1, @(2, 3)) { default { "count $($_.Count)" } }
