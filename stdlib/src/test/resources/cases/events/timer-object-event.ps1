# Register-ObjectEvent on a System.Timers.Timer, the event source JPosh gives real .NET events
$timer = New-Object System.Timers.Timer 20
$timer.GetType().FullName
$timer.Interval, $timer.AutoReset, $timer.Enabled -join ' '
$timer.AutoReset = $false
$none = Register-ObjectEvent -InputObject $timer -EventName elapsed -SourceIdentifier Tick -MessageData 'tick data'
$null -eq $none
$subscriber = Get-EventSubscriber -SourceIdentifier Tick
$subscriber.EventName, $subscriber.SourceObject.GetType().Name, ($null -eq $subscriber.Action) -join ' '
$timer.Start()
$timer.Enabled
"--- Wait-Event gets the Elapsed event"
$event = Wait-Event -SourceIdentifier Tick -Timeout 10
$event.SourceIdentifier, $event.MessageData -join ' '
$event.Sender -eq $timer
$event.SourceEventArgs.GetType().FullName
$event.SourceEventArgs.SignalTime -is [datetime]
$event.SourceArgs.Count
$event.SourceArgs[0] -eq $timer
$timer.Enabled
Remove-Event -SourceIdentifier Tick
"--- registration errors"
Register-ObjectEvent $timer Elapsed -SourceIdentifier Tick
Register-ObjectEvent $timer Missing
Register-ObjectEvent $timer Elapsed -SourceIdentifier PowerShell.Mine
Register-ObjectEvent 'a string' Elapsed
Unregister-Event Tick
"--- an action with -MaxTriggerCount, on a repeating timer"
$global:ticks = 0
$job = Register-ObjectEvent $timer Elapsed -MaxTriggerCount 3 -Action {
    $global:ticks++
    "tick $global:ticks from $($Sender.GetType().Name): $($EventArgs.GetType().Name), $($args.Count) args"
}
$job.Name -match '^[0-9a-f]{8}-'
$timer.AutoReset = $true
$timer.Start()
$deadline = (Get-Date).AddSeconds(20)
while ($global:ticks -lt 3 -and (Get-Date) -lt $deadline) { Start-Sleep -Milliseconds 10 }
$timer.Stop()
$global:ticks
Receive-Job $job
$job.State
(Get-EventSubscriber | Measure-Object).Count
"--- Wait-Event runs actions while it waits"
$global:waited = 0
$null = Register-ObjectEvent $timer Elapsed -SourceIdentifier Waiting -Action { $global:waited++; if ($global:waited -eq 2) { New-Event Done | Out-Null } }
$timer.Start()
(Wait-Event Done -Timeout 20).SourceIdentifier
$timer.Dispose()
$timer.Enabled
$global:waited
[System.Timers.Timer]::new(0)
