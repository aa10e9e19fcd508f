# Register-EngineEvent with an action: the action's job, its automatic variables, Receive-Job, Unregister-Event
$global:seen = @()
$job = & {
  $registering = 'a variable of the registering scope, which the action does not see'
  Register-EngineEvent -SourceIdentifier Build.Done -MessageData 'subscriber data' -Action {
    $count++
    "event $($Event.EventIdentifier) of $($Event.SourceIdentifier): message=$($Event.MessageData) sender=$Sender"
    "args=$($args -join ',') count=$($args.Count) eventargs-null=$($null -eq $EventArgs)"
    "subscriber=$($EventSubscriber.SubscriptionId) $($EventSubscriber.SourceIdentifier) count=$count registering-null=$($null -eq $registering)"
    $global:seen += $Event.MessageData
  }
}
$job.GetType().FullName
'{0} | {1} | {2} | {3} | {4}' -f $job.Id, $job.Name, $job.State, $job.HasMoreData, ($null -eq $job.PSJobTypeName)
$job.Command.Trim().Split("`n")[0].Trim()
"--- an event an action takes is not queued; the action runs when the next pipeline starts"
$event = New-Event -SourceIdentifier Build.Done -Sender me -EventArguments 'a', 'b' -MessageData one
$event.EventIdentifier
$global:seen -join ','
New-Event -SourceIdentifier build.done -MessageData two | Out-Null
$global:seen -join ','
(Get-Event).Count
$job.State
"--- Receive-Job"
Receive-Job $job
Receive-Job $job
"--- Get-EventSubscriber"
$subscriber = Get-EventSubscriber
$subscriber.GetType().FullName
$subscriber | Format-List SubscriptionId, SourceObject, EventName, SourceIdentifier, HandlerDelegate, SupportEvent, ForwardEvent
$subscriber.Action.Id -eq $job.Id
Get-EventSubscriber -SourceIdentifier Build.* | ForEach-Object SubscriptionId
Get-EventSubscriber -Id 1 | ForEach-Object SourceIdentifier
Get-EventSubscriber -SourceIdentifier Nothing
Get-EventSubscriber -SubscriptionId 9
"--- a second engine subscriber with the same identifier is allowed"
$second = Register-EngineEvent Build.Done { "second subscriber: $($Event.MessageData)" }
New-Event Build.Done -MessageData three | Out-Null
Receive-Job $second
(Get-EventSubscriber).Count
"--- Unregister-Event"
Unregister-Event -SubscriptionId (Get-EventSubscriber)[1].SubscriptionId -WhatIf
Unregister-Event -SourceIdentifier Build.Done
$job.State
(Get-EventSubscriber).Count
New-Event Build.Done -MessageData four | Out-Null
(Get-Event).EventIdentifier
Unregister-Event -SourceIdentifier Build.Done
Unregister-Event -SubscriptionId 9
Unregister-Event -SourceIdentifier Bu*
"--- errors in actions belong to the job; a throw fails it"
$failing = Register-EngineEvent Fails -Action { Write-Error "not fatal"; 'after the error'; throw 'fatal' }
New-Event Fails | Out-Null
Start-Sleep -Milliseconds 1  # any pipeline: its start runs the action
$failing.State
Receive-Job $failing
$failing.JobStateInfo.Reason.Message
"--- Stop-Job ends the subscription; -SupportEvent hides it"
$stopped = Register-EngineEvent Stopper { 'never' }
Stop-Job $stopped
$stopped.State
Get-EventSubscriber -SourceIdentifier Stopper
Register-EngineEvent Hidden { 'hidden' } -SupportEvent
(Get-EventSubscriber).Count
(Get-EventSubscriber -Force).SourceIdentifier
Unregister-Event Hidden
Unregister-Event Hidden -Force
(Get-EventSubscriber -Force).Count
"--- -MaxTriggerCount"
$limited = Register-EngineEvent Limited { "limited $($Event.MessageData)" } -MaxTriggerCount 2
1..3 | ForEach-Object { New-Event Limited -MessageData $_ | Out-Null; $null }
Receive-Job $limited
$limited.State
(Get-Event -SourceIdentifier Limited).MessageData
"--- registration errors"
Register-EngineEvent -SourceIdentifier NoAction
Register-EngineEvent -SourceIdentifier Both -Action { } -Forward
"--- PowerShell.Exiting runs when the session ends"
[System.Management.Automation.PSEngineEvent]::Exiting
Register-EngineEvent -SourceIdentifier ([System.Management.Automation.PsEngineEvent]::Exiting) -Action {
    Write-Host "exiting: $($Event.SourceIdentifier), $($global:seen.Count) events seen"
} | Out-Null
"last statement"
