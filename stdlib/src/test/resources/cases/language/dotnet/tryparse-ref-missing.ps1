[int]::TryParse('5', [ref]$missing)
'after'
