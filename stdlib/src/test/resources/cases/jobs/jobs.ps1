# Start-Job, Wait-Job, Receive-Job, Get-Job, Remove-Job
$job = Start-Job -Name Greeter -ScriptBlock { param($who) "hello $who"; Write-Host "from the job's host"; Write-Error "job error"; 42 } -ArgumentList world
$job.GetType().FullName
$job.Name, $job.Id, $job.PSJobTypeName, $job.Location -join ' '
Wait-Job $job | Out-Null
Get-Job
$job.HasMoreData
Receive-Job $job
$job.HasMoreData
Receive-Job $job
"--- -Keep"
$kept = Start-Job { 1; 2 }
Receive-Job $kept -Wait -Keep
Receive-Job $kept
$kept.HasMoreData
"--- input and Ids"
$doubled = 1, 2, 3 | Start-Job { $input | ForEach-Object { $_ * 2 } }
$doubled.Id
Receive-Job $doubled -Wait
"--- state and failure"
$failed = Start-Job { 'before'; throw 'the job failed' }
Wait-Job $failed | Out-Null
$failed.State
$failed.JobStateInfo.Reason.Message
Receive-Job $failed
"--- stop"
$long = Start-Job { Start-Sleep 60 }
Stop-Job $long -PassThru | Format-Table Id, Name, State
Get-Job -State Completed | Format-Table Id, Name, State
Get-Job -Name G* | ForEach-Object Name
Get-Job -Id 42
Get-Job -Name NoSuchJob
Remove-Job -Name NoSuchJob
"--- remove"
Get-Job | Remove-Job
@(Get-Job).Count
