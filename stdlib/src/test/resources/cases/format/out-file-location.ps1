# Out-File resolves paths from the session's location, and reports a missing drive as pwsh does.
New-Item -ItemType Directory sub | Out-Null
Set-Location sub
Write-Output 'in sub' | Out-File note.txt
Set-Location ..
Get-Content sub/note.txt
Write-Output 'x' | Out-File Nope:/x.txt
