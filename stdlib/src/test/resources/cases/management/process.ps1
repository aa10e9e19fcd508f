# Get-Process and Stop-Process on this process, whose figures change: only stable parts are shown
$self = Get-Process -Id $PID
$self.GetType().FullName
$self.Id -eq $PID
$self.ProcessName
$self.Name -eq $self.ProcessName
$self.WS -gt 0 -and $self.WorkingSet64 -eq $self.WS
$self.CPU -ge 0
$self.StartTime -lt (Get-Date)
$self.Path -like '*java'
$self.HasExited
(Get-Process | Where-Object Id -eq $PID).Count
(Get-Process -Name java* | Where-Object Id -eq $PID).ProcessName
$lines = ($self | Out-String -Width 120) -split "`n"
$lines[1]
$lines[2]
$lines[3] -match "^\s+\d+\s+\d+\.\d\d\s+\d+\.\d\d\s+\d+\.\d\d\s+$PID\s+\S+ java$"
Get-Process -Name no-such-process
Get-Process -Id -5
Stop-Process -Name no-such-process
