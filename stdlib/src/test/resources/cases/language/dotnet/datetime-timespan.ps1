$d = [datetime]::new(2024, 1, 15, 10, 30, 0)
$d.AddDays(20).ToString('yyyy-MM-dd')
$d.DayOfWeek
$d.Year
[datetime]::Parse('2024-03-01').Month
[datetime]::IsLeapYear(2024)
[datetime]::DaysInMonth(2023, 2)
$t = [timespan]::FromMinutes(90)
$t.TotalHours
$t.ToString()
[timespan]::new(1, 2, 3).TotalSeconds
($d.AddHours(5) - $d).Hours
[datetime]::Now.GetType().FullName
