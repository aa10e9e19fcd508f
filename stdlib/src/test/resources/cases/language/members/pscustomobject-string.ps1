# A custom object converts to a string as @{name=value; ...}.
$o = [pscustomobject]@{ a = 1; b = 'two'; c = $null }
"$o"
[string]$o
"[$([pscustomobject]@{})]"
