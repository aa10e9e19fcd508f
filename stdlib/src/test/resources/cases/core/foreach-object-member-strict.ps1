# ForEach-Object -MemberName with a name that is no member: $null, or under strict mode 2 an error.
@('abc', 'de' | ForEach-Object NoSuchMember).Count
Set-StrictMode -Version 2
'abc' | ForEach-Object NoSuchMember
'abc' | ForEach-Object Length
