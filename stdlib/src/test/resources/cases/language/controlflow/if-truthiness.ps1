# Conditions convert to bool with pwsh's rules: a one-element array is as true as its element.
if ('0') { "'0' is true" }
if ('False') { "'False' is true" }
if ('') { 'not printed' } else { "'' is false" }
if (0) { 'not printed' } else { '0 is false' }
if (0.0) { 'not printed' } else { '0.0 is false' }
if ($null) { 'not printed' } else { '$null is false' }
if (@()) { 'not printed' } else { '@() is false' }
if (@(0)) { 'not printed' } else { '@(0) is false' }
if (@(0, 0)) { '@(0, 0) is true' }
if (@(@())) { 'not printed' } else { '@(@()) is false' }
if (Write-Output @()) { 'not printed' } else { 'no output is false' }
if (Write-Output 0 0) { 'two zeros from a command are true' }
if (@{}) { 'an empty hashtable is true' }
