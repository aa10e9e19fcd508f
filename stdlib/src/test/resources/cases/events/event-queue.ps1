# New-Event, Get-Event, Wait-Event and Remove-Event on the session's event queue
$first = New-Event -SourceIdentifier Build -Sender 'compiler' -EventArguments 1, 'two' -MessageData @{ Step = 1 }
$first.GetType().FullName
$first.EventIdentifier, $first.SourceIdentifier, $first.Sender, $first.SourceArgs.Count, $first.MessageData.Step -join ' | '
$null -eq $first.SourceEventArgs
$null -eq $first.ComputerName
$first.TimeGenerated -is [datetime]
$first.SourceArgs[1]
New-Event Deploy | Out-Null
New-Event Build -MessageData second | Out-Null
"--- Get-Event"
Get-Event | ForEach-Object { '{0} {1}' -f $_.EventIdentifier, $_.SourceIdentifier }
(Get-Event -SourceIdentifier build).Count
Get-Event -SourceIdentifier Dep* | ForEach-Object EventIdentifier
Get-Event -EventIdentifier 3 | ForEach-Object MessageData
Get-Event -Id 1 | ForEach-Object SourceIdentifier
Get-Event -SourceIdentifier None*
Get-Event -SourceIdentifier Missing
Get-Event -EventIdentifier 99
"--- Wait-Event returns the oldest match and leaves it queued"
(Wait-Event).EventIdentifier
(Wait-Event -SourceIdentifier Dep*).EventIdentifier
(Wait-Event Build -Timeout 1).EventIdentifier
(Get-Event).Count
$none = Wait-Event -SourceIdentifier Never -Timeout 0
$null -eq $none
"--- Remove-Event"
Remove-Event -SourceIdentifier Deploy
Get-Event | ForEach-Object EventIdentifier
Remove-Event -EventIdentifier 1 -WhatIf
Get-Event -EventIdentifier 1 | Remove-Event
Get-Event | ForEach-Object EventIdentifier
Get-Event | Remove-Event
(Get-Event).Count
Remove-Event -SourceIdentifier Gone
Remove-Event -SourceIdentifier Gon*
Remove-Event -EventIdentifier 42
"--- identifiers keep counting"
(New-Event Again).EventIdentifier
