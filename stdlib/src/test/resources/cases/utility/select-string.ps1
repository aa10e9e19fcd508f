Write-Output 'apple pie' 'banana' 'Apple tart' | Select-String 'apple'
Write-Output 'apple pie' 'banana' 'Apple tart' | Select-String 'apple' -CaseSensitive
Write-Output 'a.b' 'axb' | Select-String '.' -SimpleMatch
Write-Output 'one' 'two' | Select-String 'n' -NotMatch
'abc' | Select-String 'b' -Quiet
'abc' | Select-String 'z' -Quiet
'abc' | Select-String 'b' -Raw
Write-Output 'x' 'abc' | Select-String 'b' | ConvertTo-Json -Depth 1 -Compress
'x1y22' | Select-String '\d+' -AllMatches | ConvertTo-Json -Depth 1 -Compress
