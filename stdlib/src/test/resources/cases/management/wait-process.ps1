# Wait-Process: a time-out on a running program, then the wait for one that was stopped or exits
$s = Start-Process /bin/sleep 5 -PassThru
$s.Name
$s.HasExited
Wait-Process -Id $s.Id -Timeout 1 -ErrorVariable late -ErrorAction SilentlyContinue
$late[0].ToString().Replace("$($s.Id)", 'PID')
$late[0].FullyQualifiedErrorId
$late[0].CategoryInfo.Category
$late[0].CategoryInfo.Reason
$s | Wait-Process -Timeout 0 -PassThru -ErrorAction SilentlyContinue | ForEach-Object Name
Stop-Process -Id $s.Id
$s | Wait-Process -PassThru | ForEach-Object HasExited
$q = Start-Process /bin/sh -ArgumentList '-c', '"exit 7"' -PassThru
Wait-Process -InputObject $q
$q.ExitCode
$q.HasExited
try { (Get-Process -Id $PID).ExitCode } catch { $_.Exception.Message }
Wait-Process -Id -5
Wait-Process -Name no-such-process
Wait-Process -Id $PID
