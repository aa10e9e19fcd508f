# [System.Diagnostics.Process] statics: GetCurrentProcess, GetProcessById, GetProcesses, GetProcessesByName
$p = [System.Diagnostics.Process]::GetCurrentProcess()
$p.Id -eq $PID
$p.GetType().FullName
[System.Diagnostics.Process]::GetProcessById($PID).Id -eq $PID
([System.Diagnostics.Process]::GetProcesses() | Where-Object Id -eq $PID).Count
([System.Diagnostics.Process]::GetProcessesByName($p.ProcessName) | Where-Object Id -eq $PID).Count
try { [System.Diagnostics.Process]::GetProcessById(2147483000) } catch { $_.Exception.Message }
