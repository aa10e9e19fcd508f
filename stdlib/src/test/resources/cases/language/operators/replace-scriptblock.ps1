# A script block replacement gets the Match as $_ and its result is converted to a string.
'a1b2' -replace '\d', { [int]$_.Value * 2 }
'hello world' -replace '\b(\w)', { $_.Groups[1].Value.ToUpper() }
'x-y' -replace '-', { $_.Index }
