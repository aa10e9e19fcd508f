# Invoke-Expression runs text in the caller's scope; Measure-Command discards output and returns a
# TimeSpan; a downstream command stops the upstream ones.
iex '$made = 42; function Made { "made $made" }'
Made
Invoke-Expression '1 + 2'
'"piped"' | Invoke-Expression
function Set-Inner { Invoke-Expression '$inner = "local"'; $inner }
Set-Inner
$null -eq $inner
iex 'if ('
$t = Measure-Command { $measured = 5; 'discarded' }
$t.GetType().FullName
$t.Ticks -ge 0
$measured
$n = 0
Measure-Command { $n += $_ } -InputObject 4 | Out-Null
$n
# head takes two lines and exits: the range feeding it stops at once.
1..1e9 | head -n 2
$LASTEXITCODE
function Produce { foreach ($i in 1..1e9) { $i } }
Produce | head -n 1
