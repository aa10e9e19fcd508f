# System.TimeZoneInfo: IANA and Windows ids, conversions, offsets, names; TimeZoneNotFoundException
$ny = [TimeZoneInfo]::FindSystemTimeZoneById('America/New_York')
$ny.Id; $ny.DisplayName; $ny.StandardName; $ny.DaylightName; $ny.BaseUtcOffset.TotalHours; $ny.SupportsDaylightSavingTime
$utc = [datetime]::new(2024, 7, 1, 12, 0, 0, [DateTimeKind]::Utc)
$t = [TimeZoneInfo]::ConvertTimeFromUtc($utc, $ny); $t.ToString('s'); $t.Kind
$ny.GetUtcOffset($utc).TotalHours; $ny.IsDaylightSavingTime($utc)
$w = [TimeZoneInfo]::ConvertTimeBySystemTimeZoneId($utc, 'Tokyo Standard Time'); $w.ToString('s')
[TimeZoneInfo]::ConvertTimeToUtc([datetime]::new(2024, 1, 15, 9, 30, 0), $ny).ToString('o')
[TimeZoneInfo]::ConvertTime([datetime]::new(2024, 1, 15, 9, 30, 0), $ny, [TimeZoneInfo]::FindSystemTimeZoneById('Europe/Berlin')).ToString('s')
[TimeZoneInfo]::Utc.Id; [TimeZoneInfo]::Utc.DisplayName
[TimeZoneInfo]::FindSystemTimeZoneById('Pacific Standard Time').BaseUtcOffset.TotalHours
([TimeZoneInfo]::GetSystemTimeZones() | Where-Object Id -eq 'Asia/Kolkata').Count
try { [TimeZoneInfo]::FindSystemTimeZoneById('Mars/Olympus') } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
try { [uri]::new("x y") } catch [UriFormatException] { "caught UriFormatException" }
