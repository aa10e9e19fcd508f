# An empty $() is $null (one object down a pipeline); a $() whose commands write nothing is nothing
$() | & { $count = 0; foreach ($i in $input) { $count++ }; $count }
$(Get-ChildItem ./nonexistent 2>$null) | & { $count = 0; foreach ($i in $input) { $count++ }; $count }
$null -eq $()
"[$()]"
