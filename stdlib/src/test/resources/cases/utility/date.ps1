Get-Date -Year 2024 -Month 6 -Day 15 -Hour 13 -Minute 5 -Second 9 -Millisecond 250 -Format 'yyyy-MM-dd HH:mm:ss.fff dddd'
Get-Date -Date '2024-01-05 15:04:05' -Format 'FileDateTime'
Get-Date -Date '2024-01-05 15:04:05' -Format 'd'
Get-Date -Date '2024-01-05 15:04:05' -UFormat '%Y/%m/%d %H:%M:%S %A %j %e|%k|%l %p %G-W%V-%u'
Get-Date -Date '2021-01-03' -UFormat '+%G %V %U %w %C %y %b %B %a'
Get-Date -Date '2024-01-05 15:04:05' -UFormat '%D %T %R %F %n%t|100%%'
Get-Date -UnixTimeSeconds 0 -AsUTC -Format 'o'
Get-Date -Date '2024-01-05' -Month 13
