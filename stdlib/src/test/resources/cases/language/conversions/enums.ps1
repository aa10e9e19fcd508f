# Enums convert from names (case-insensitive), numbers and numeric strings.
[System.DayOfWeek]'monday'
[DayOfWeek]1
[DayOfWeek]'2'
[int][DayOfWeek]::Friday
[DayOfWeek]::Sunday -eq 0
([DayOfWeek]'Tuesday').GetType().Name
[DayOfWeek]::Monday -lt [DayOfWeek]::Friday
