# [datetime] parses ISO and invariant-culture (month/day/year) formats.
$d = [datetime]'2021-03-04'
$d.ToString('yyyy-MM-dd HH:mm:ss')
([datetime]'2021-03-04T05:06:07').ToString('yyyy-MM-dd HH:mm:ss')
([datetime]'03/04/2021').ToString('yyyy-MM-dd')
([datetime]'2021-03-04 13:14').ToString('HH:mm')
$d.Year
$d.Month
$d.DayOfWeek
$d.DayOfYear
([datetime]'2021-03-04').AddDays(30).ToString('yyyy-MM-dd')
[datetime]'2021-03-04' -lt [datetime]'2021-03-05'
