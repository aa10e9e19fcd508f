# Compress-Archive on real files in the case's directory; the archives are read back with Expand-Archive.
function Show-Tree($Path) { Get-ChildItem -LiteralPath $Path -Recurse -Name | Sort-Object }

New-Item -ItemType Directory d/e/g, d/f | Out-Null
'x' | Set-Content d/e/x.txt
'y' | Set-Content d/e/g/y.txt
'a' | Set-Content d/a.txt
'hidden' | Set-Content d/.hidden
'b' | Set-Content b.txt

# a directory is archived under its own name, its empty directories included, hidden files left out
Compress-Archive -Path ./d -DestinationPath tree.zip
Expand-Archive tree.zip -DestinationPath tree-out
Show-Tree tree-out
'-- ./d/* archives the contents'
Compress-Archive -Path ./d/* -DestinationPath contents.zip
Expand-Archive contents.zip -DestinationPath contents-out
Show-Tree contents-out

'-- .zip is added to a destination without an extension'
Compress-Archive -Path ./b.txt -DestinationPath noext
Test-Path noext.zip
Compress-Archive -Path ./b.txt -DestinationPath other.archive
Test-Path other.archive

'-- an existing archive needs -Update or -Force'
Compress-Archive -Path ./b.txt -DestinationPath noext.zip
"still here: $(Test-Path noext.zip)"
New-Item -ItemType Directory upper | Out-Null
'A in upper case' | Set-Content upper/A.TXT
Compress-Archive -Path ./d/a.txt -DestinationPath update.zip
Compress-Archive -Path ./upper/A.TXT, ./b.txt -DestinationPath update.zip -Update
Expand-Archive update.zip -DestinationPath update-out
Show-Tree update-out
Get-Content update-out/A.TXT
Compress-Archive -Path ./d/e -DestinationPath update.zip -Force
Expand-Archive update.zip -DestinationPath force-out
Show-Tree force-out

'-- -PassThru writes the archive as Get-Item does'
$item = Compress-Archive -LiteralPath ./b.txt -DestinationPath passthru.zip -PassThru
$item.GetType().FullName
$item.Name
$item.PSChildName
Compress-Archive -Path ./b.txt -DestinationPath nothing.zip | Measure-Object | ForEach-Object Count

'-- pipeline input by property name binds -LiteralPath'
Get-Item ./d/a.txt, ./b.txt | Compress-Archive -DestinationPath piped.zip
Expand-Archive piped.zip -DestinationPath piped-out
Show-Tree piped-out

'-- -WhatIf changes nothing'
Compress-Archive -Path ./b.txt -DestinationPath whatif.zip -WhatIf
Test-Path whatif.zip

'-- an empty directory makes no archive'
New-Item -ItemType Directory empty | Out-Null
Compress-Archive -Path ./empty -DestinationPath empty.zip
Test-Path empty.zip

'-- errors'
Compress-Archive -Path ./missing.txt -DestinationPath missing.zip
Compress-Archive -Path ./b.txt, ./B.TXT, ./b.txt -DestinationPath dup.zip
Compress-Archive -Path ./b.txt -DestinationPath ./no/such/dir.zip
try { Compress-Archive -Path ./b.txt -DestinationPath noext.zip } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }
(Get-Command Compress-Archive).Source
