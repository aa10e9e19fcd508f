# $foreach and $switch print as the .NET enumerator pwsh's loop holds for what it goes through
foreach ($i in 1, 2) { "$foreach"; break }
foreach ($i in 'scalar') { "$foreach" }
foreach ($i in 1..3) { "$foreach"; break }
foreach ($i in 'a'..'c') { "$foreach"; break }
foreach ($i in [System.Collections.ArrayList]@(1, 2)) { "$foreach"; break }
foreach ($i in Write-Output 1 2) { "$foreach"; break }
switch (1, 2) { 1 { "$switch" } }
switch ('x') { x { "$switch" } }
switch (1..2) { 1 { "$switch" } }
$null -eq $foreach
foreach ($i in 1) { $foreach.GetType().FullName; $foreach.GetType().Name }
Set-Content ./file.txt 'one'
$switch = 'before'
switch -File ./file.txt { one { "in switch -file: $switch" } }
