# A calculated property whose script block throws gets $null, and Select-Object goes on (pwsh eats the exception).
'x' | Select-Object @{ n = 'Bad'; e = { throw 'boom' } }, Length | Format-List | Out-String
('x', 'yz' | Select-Object @{ n = 'Len'; e = { if ($_.Length -gt 1) { throw 'long' } $_.Length } }).Len
'after'
