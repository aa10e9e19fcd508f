[java.util.UUID]::randomUUID().ToString().Length
$sb = [java.lang.StringBuilder]::new()
$null = $sb.append('a').append(42)
$sb.toString()
[java.lang.Math]::max(3, 7)
[java.lang.Math]::max(3.5, 2)
[java.lang.Integer]::MAX_VALUE
$list = [java.util.ArrayList]::new()
$list.add('x')
$list.size()
[java.util.List]::of(1, 2, 3).size()
[java.time.LocalDate]::of(2024, 1, 30).plusDays(3).toString()
'abc'.codePoints().count()
$jl = New-Object java.util.LinkedList
$jl.GetType().FullName
