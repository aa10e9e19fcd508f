# Compound statements do not set $? themselves: after them it is what the last pipeline inside left,
# or false when a terminating error came last (a caught one included), as pwsh's compiler arranges.
if ($true) { try { throw 't' } catch { }; Write-Output 'x' }
"if ending in a command: $?"
if ($true) { try { throw 't' } catch { } }
"if ending in an empty catch: $?"
try { throw 't' } catch { }
"empty catch: $?"
try { throw 't' } catch { Write-Output 'caught' }
"catch running a command: $?"
try { throw 't' } catch { 'caught' }
"catch with an expression: $?"
try { throw 't' } catch { } finally { Write-Output 'finally' }
"finally running a command: $?"
foreach ($i in 1, 2) { try { throw 't' } catch { }; Write-Output $i }
"foreach that caught an error: $?"
foreach ($i in 1) { Write-Error 'e' 2>$null }
"foreach ending in Write-Error: $?"
foreach ($i in 1) { Write-Error 'e' 2>$null; $null = $i }
"foreach ending in an assignment: $?"
$zero = 0
foreach ($i in 1) { 1 / $zero }
"foreach with a statement-terminating error: $?"
$n = 0
while ($n -lt 2) { $n++; Write-Error 'e' 2>$null }
"while ending in Write-Error: $?"
do { Write-Output 'do' } while ($false)
"do ending in a command: $?"
switch (1, 2) { 1 { Write-Output 'one' } 2 { Write-Error 'two' 2>$null } }
"switch ending in Write-Error: $?"
switch (1) { 1 { Write-Output 'one' } }
"switch ending in a command: $?"
Write-Error 'e' 2>$null
if ($false) { 'not run' }
"if that ran nothing, after an error: $?"
Write-Error 'e' 2>$null
for ($i = 0; $i -lt 2; $i++) { }
"empty for, after an error: $?"
Write-Error 'e' 2>$null
function f { 'f' }
"function definition, after an error: $?"
foreach ($item in Get-Item /jposh/no/such/path 2>$null) { }
"foreach over a failing command: $?"
