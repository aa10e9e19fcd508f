# The location belongs to the session: Push-Location and Pop-Location move it, relative paths follow it.
$made = New-Item -ItemType Directory outer/inner
Set-Content outer/inner/f.txt 'found'
Push-Location outer
Split-Path (Get-Location) -Leaf
Push-Location inner
Get-Content f.txt
Resolve-Path f.txt -Relative
Pop-Location
Pop-Location
Get-ChildItem -Name
Join-Path outer inner f.txt
Split-Path outer/inner/f.txt -Parent
Split-Path outer/inner/f.txt -LeafBase
