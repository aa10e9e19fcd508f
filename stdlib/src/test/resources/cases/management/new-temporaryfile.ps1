# New-TemporaryFile: an empty file in $TMPDIR (else /tmp), written as Get-Item writes it
New-Item -ItemType Directory temp | Out-Null
$env:TMPDIR = "$PWD/temp"
$file = New-TemporaryFile
$file.GetType().FullName
$file.DirectoryName -eq "$PWD/temp"
$file.Name -cmatch '^tmp[A-Za-z0-9]{6}\.tmp$'
$file.Length
Test-Path -LiteralPath $file.FullName
$file.PSIsContainer
(Get-ChildItem temp).Count
(New-TemporaryFile).FullName -ne $file.FullName
(Get-ChildItem temp).Count

# -WhatIf names the directory and creates nothing
New-TemporaryFile -WhatIf
(Get-ChildItem temp).Count

# a directory that cannot take the file stops the command
$env:TMPDIR = "$PWD/missing"
New-TemporaryFile
'after'
