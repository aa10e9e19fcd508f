# [datetime]::ParseExact and TryParseExact: custom and standard formats, several formats, DateTimeStyles
$d = [datetime]::ParseExact('2024-01-02', 'yyyy-MM-dd', $null); "$($d.Year) $($d.Month) $($d.Day) $($d.Kind)"
[datetime]::ParseExact('02/03/2024 14:05:06', 'dd/MM/yyyy HH:mm:ss', [cultureinfo]::InvariantCulture).ToString('o')
[datetime]::ParseExact('Mar 5, 24 3:07 PM', 'MMM d, yy h:mm tt', [cultureinfo]::InvariantCulture).ToString('s')
[datetime]::ParseExact('20240102T030405.123', "yyyyMMdd'T'HHmmss.fff", $null).Millisecond
[datetime]::ParseExact('Tuesday, 02 January 2024', 'dddd, dd MMMM yyyy', [cultureinfo]::InvariantCulture).DayOfWeek
$u = [datetime]::ParseExact('2024-01-02T03:04:05Z', 'yyyy-MM-ddTHH:mm:ssK', $null, [System.Globalization.DateTimeStyles]::AdjustToUniversal); "$($u.Hour) $($u.Kind)"
$r = [datetime]::ParseExact('2024-01-02T03:04:05Z', 'yyyy-MM-ddTHH:mm:ssK', $null, 'RoundtripKind'); "$($r.Hour) $($r.Kind)"
$o = [datetime]::ParseExact('2024-01-02 03:04 +02:00', 'yyyy-MM-dd HH:mm zzz', $null, 'AdjustToUniversal'); "$($o.Hour) $($o.Kind)"
$a = [datetime]::ParseExact('2024-01-02 03:04', 'yyyy-MM-dd HH:mm', $null, 'AssumeUniversal,AdjustToUniversal'); "$($a.Hour) $($a.Kind)"
[datetime]::ParseExact('  2024-01-02 ', 'yyyy-MM-dd', $null, 'AllowWhiteSpaces').Day
[datetime]::ParseExact('2024/1/2', [string[]]@('yyyy-MM-dd', 'yyyy/M/d'), $null, 'None').Day
[datetime]::ParseExact('2024-01-02T03:04:05', 's', $null).Second
[datetime]::ParseExact('12:30', 'HH:mm', $null).Date -eq [datetime]::Today
$x = [datetime]::MinValue; [datetime]::TryParseExact('2024-13-01', 'yyyy-MM-dd', $null, 'None', [ref]$x); $x.Year
[datetime]::TryParseExact('2024-12-01', 'yyyy-MM-dd', $null, 'None', [ref]$x); $x.Month
try { [datetime]::ParseExact('2024-01-02x', 'yyyy-MM-dd', $null) } catch { $_.Exception.Message }
try { [datetime]::ParseExact('2024-02-30', 'yyyy-MM-dd', $null) } catch { $_.Exception.Message }
try { [datetime]::ParseExact('13:00 PM', 'hh:mm tt', [cultureinfo]::InvariantCulture) } catch { $_.Exception.Message }
