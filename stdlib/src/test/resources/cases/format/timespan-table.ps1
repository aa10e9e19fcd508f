# TimeSpan's table view (Days Hours Minutes Seconds Milliseconds) when Format-Table gets no -Property.
New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5 | Format-Table
