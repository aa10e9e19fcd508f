# Get-Member: a table per type under its TypeName line, members sorted by kind and name.
$o = '{"Name":"Ann","Age":31,"Tags":["a"],"Extra":null}' | ConvertFrom-Json
$o | Get-Member | Out-String
'abc' | Get-Member -MemberType Property | Out-String
'abc', 'de', 5 | Get-Member -Name Length, Count | Out-String
$o | Get-Member -MemberType NoteProperty -Name A* | Out-String
$o | Get-Member -MemberType Methods | Out-String
[int] | Get-Member -Static -Name MaxValue | Out-String
($o | Get-Member Name).GetType().FullName
