# An assignment as foreach's or switch's value assigns, and the loop goes through the assigned value.
foreach ($i in $list = 1, 2) { "i=$i" }
"list=$list"
foreach ($i in $none = @()) { "never" }
"none has $($none.Count)"
switch ($name = 'b') { 'a' { 'is a' } 'b' { "is b ($name)" } }
switch ($many = 1, 2, 3) { { $_ -ge 2 } { "big $_" } }
$many.Count
