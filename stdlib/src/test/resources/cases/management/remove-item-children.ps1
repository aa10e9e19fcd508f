# Remove-Item of a directory with children and no -Recurse asks first (ShouldContinue), even with -WhatIf
New-Item -ItemType Directory a/sub, b, c, d, e, f, g | Out-Null
foreach ($dir in 'a/sub', 'b', 'c', 'e', 'f', 'g') { 'x' | Set-Content "$dir/file.txt" }
'---- No keeps it, without an error'
Remove-Item a
Test-Path a/sub/file.txt
'---- Yes removes it with its children'
Remove-Item a
Test-Path a
'---- Yes to All holds for the other paths of the same input'
Remove-Item b, c
Test-Path b, c
'---- an empty directory, and -Recurse, do not ask'
Remove-Item d
Remove-Item e -Recurse
Test-Path d, e
'---- -WhatIf asks about the children, then says what it would do'
Remove-Item f -WhatIf
Test-Path f/file.txt
'---- No to All'
Remove-Item f, g
Test-Path f, g
