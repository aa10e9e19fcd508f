# Measure-Object -Property with a name no input has: skipped, or under strict mode 2 an error.
[pscustomobject]@{ a = 1 } | Measure-Object -Property a, b -Sum | ForEach-Object Property
Set-StrictMode -Version 2
[pscustomobject]@{ a = 1 } | Measure-Object -Property b -Sum
'text' | Measure-Object -Property b -Word
