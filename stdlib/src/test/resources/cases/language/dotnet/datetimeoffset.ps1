# System.DateTimeOffset: Unix times, offsets, Parse, constructors, parts, Add*, ToOffset, ToString; DateTime(..., kind)
$e = [DateTimeOffset]::FromUnixTimeSeconds(1700000000)
"$e"
$e.ToUnixTimeSeconds()
$e.UtcDateTime.ToString('o')
$e.DateTime.Kind
$e.Offset.TotalHours
[DateTimeOffset]::FromUnixTimeMilliseconds(1700000000123).Millisecond
$o = $e.ToOffset([timespan]::FromHours(5.5)); "$o"; $o.Hour; $o -eq $e
$o.ToString('yyyy-MM-dd HH:mm zzz')
$p = [DateTimeOffset]::Parse('2024-03-01T10:00:00+02:00'); "$p"; $p.ToUnixTimeSeconds()
$z = [DateTimeOffset]::Parse('2024-03-01T10:00:00Z'); $z.Offset.TotalMinutes; $z.UtcDateTime.Hour
$c = [DateTimeOffset]::new(2024, 1, 2, 3, 4, 5, [timespan]::FromHours(-7)); "$c"; $c.UtcDateTime.ToString('s')
$u = [DateTimeOffset]::new([datetime]::new(2024,1,1,0,0,0,[DateTimeKind]::Utc)); $u.Offset.Ticks
$c.AddHours(2).Hour; $c.AddDays(1.5).ToString('s')
$c.Subtract($e).GetType().Name
([DateTimeOffset]::UtcNow.ToUnixTimeSeconds() - [DateTimeOffset]::Now.ToUnixTimeSeconds()) -le 1
[DateTimeOffset]::UnixEpoch.Year
$c.CompareTo($e)
try { [DateTimeOffset]::new(2024, 1, 1, 0, 0, 0, [timespan]::FromHours(15)) } catch { $_.Exception.InnerException.Message }
[datetime]::new(2024,1,1,0,0,0,250,[DateTimeKind]::Utc).Kind
