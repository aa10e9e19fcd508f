# Start-ThreadJob: the same mechanism, type ThreadJob, consecutive Ids
$a = Start-ThreadJob { 'first' }
$b = Start-ThreadJob { param($x, $y) $x + $y } -ArgumentList 20, 22
$a.Id, $b.Id -join ','
$a.PSJobTypeName, $a.Location -join ','
$a.GetType().FullName
Wait-Job $a, $b | Format-Table Id, Name, PSJobTypeName, State
$b | Receive-Job
Receive-Job $a -AutoRemoveJob -Wait
@(Get-Job).Count
# variables of the session are not visible in the job's own session
$secret = 'outside'
Start-ThreadJob { "secret is [$secret]" } | Receive-Job -Wait -AutoRemoveJob
# ... unless the job reads them with $using:
Start-Job { "secret is [$using:secret], length $($using:secret.Length)" } | Receive-Job -Wait -AutoRemoveJob
Start-ThreadJob { $using:undefined }
# a job that runs longer than -Timeout is not returned
$slow = Start-ThreadJob { Start-Sleep 60 }
Wait-Job $slow -Timeout 1
$slow.State
Remove-Job $slow -Force
$slow.State
