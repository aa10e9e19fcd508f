[Flags()] enum Access { None = 0; Read = 1; Write = 2; Execute = 4; All = 7 }
$a = [Access]::Read -bor [Access]::Write
$a
"$a"
[int]$a
$a.HasFlag([Access]::Write)
$a.HasFlag([Access]::Execute)
($a -band [Access]::Read) -eq [Access]::Read
($a -band [Access]::Execute) -eq [Access]::None
[Access]'Read, Execute'
[Access]'read,write,execute'
[Access]6
[Access]0
$a -bxor [Access]::Read
[Access]::All
[enum]::GetNames([Access]) -join ','
