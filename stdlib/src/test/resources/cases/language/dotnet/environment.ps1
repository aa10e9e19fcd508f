[Environment]::NewLine.Length
[System.Environment]::ProcessorCount -gt 0
[Environment]::MachineName.Length -gt 0
[Environment]::UserName.Length -gt 0
[Environment]::OSVersion.Platform
[Environment]::SetEnvironmentVariable('JPOSH_CASE_VAR', 'set')
[Environment]::GetEnvironmentVariable('JPOSH_CASE_VAR')
[Environment]::SetEnvironmentVariable('JPOSH_CASE_VAR', $null)
$null -eq [Environment]::GetEnvironmentVariable('JPOSH_CASE_VAR')
[System.IO.Path]::IsPathRooted([Environment]::CurrentDirectory)
[Environment]::TickCount -ge 0
