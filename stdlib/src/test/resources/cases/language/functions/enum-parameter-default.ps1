function Get-Day([System.DayOfWeek]$Day) { $null -eq $Day }
Get-Day
Get-Day Monday
[ArithmeticException].FullName
try { throw [OutOfMemoryException]::new('no memory') } catch [OutOfMemoryException] { "caught: $($_.Exception.Message)" }
