# Missing paths are non-terminating errors: the script goes on.
Get-Item /jposh-no-such-dir/file.txt
Get-Content -LiteralPath '/jposh-no-such-dir/[x].txt'
Write-Output 'still running'
Split-Path /no/qualifier -Qualifier
