# Expand-Archive on real files in the case's directory.
function Show-Tree($Path) { Get-ChildItem -LiteralPath $Path -Recurse -Name | Sort-Object }

New-Item -ItemType Directory src/sub, src/empty | Out-Null
'one' | Set-Content src/one.txt
'two' | Set-Content src/sub/two.txt
Compress-Archive -Path ./src/* -DestinationPath pack.zip

'-- without -DestinationPath: a folder named after the archive in the current location'
Expand-Archive pack.zip
Show-Tree pack
Get-Content pack/sub/two.txt

'-- -PassThru writes what was created'
Expand-Archive -LiteralPath pack.zip -DestinationPath ./out/new -PassThru | ForEach-Object {
    '{0} {1}' -f $_.GetType().Name, $_.FullName.Substring($PWD.Path.Length + 1)
}

'-- existing files are errors without -Force, replaced with it'
'changed' | Set-Content pack/one.txt
Expand-Archive pack.zip
Get-Content pack/one.txt
Expand-Archive pack.zip -Force
Get-Content pack/one.txt
Expand-Archive pack.zip -ErrorAction SilentlyContinue -ErrorVariable failed
$failed.Count
$failed[0].FullyQualifiedErrorId

'-- a file that is not a zip archive'
'not a zip' | Set-Content corrupt.zip
Expand-Archive corrupt.zip -DestinationPath corrupt-out
"corrupt-out: $(Test-Path corrupt-out)"
try { Expand-Archive corrupt.zip -DestinationPath corrupt-out } catch { $_.Exception.GetType().Name }

'-- -WhatIf'
Expand-Archive pack.zip -DestinationPath out/new -WhatIf

'-- errors'
Expand-Archive ./missing.zip
Expand-Archive -Path ./src
Expand-Archive -Path ./*.zip
(Get-Command Expand-Archive).Version.ToString()
