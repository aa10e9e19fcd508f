# To string: $null is empty, collections join with $OFS, numbers use the invariant culture.
"[$([string]$null)]"
[string]$null -eq ''
[string](1, 2, 3)
$OFS = ','
[string](1, 2, 3)
$OFS = $null
[string]1.5
[string]$true
[string][char]65
[string]@()
"[$([string]@())]"
