# $null is switched once, with $_ = $null; an empty array or no output not at all.
switch ($null) {
    $null { '$null matches $null' }
    default { 'not printed' }
}
switch ($null) { default { "default, `$_ is null: $($null -eq $_)" } }
switch (@()) { default { 'not printed' } }
switch (Write-Output @()) { default { 'not printed' } }
'done'
