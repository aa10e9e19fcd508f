# DateTime's custom view: the long date and time of each date, between the blank lines of the view.
Get-Date -Date '2024-01-05 15:04:05'
Get-Date -Date '2024-02-29 09:30:00'
