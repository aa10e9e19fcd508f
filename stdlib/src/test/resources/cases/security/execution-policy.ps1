# Get-ExecutionPolicy and Set-ExecutionPolicy as pwsh on Unix: always Unrestricted, and setting is not supported
Get-ExecutionPolicy
(Get-ExecutionPolicy).GetType().FullName
Get-ExecutionPolicy -Scope CurrentUser
Get-ExecutionPolicy -List
(Get-ExecutionPolicy -List).Scope -join ', '
[Microsoft.PowerShell.ExecutionPolicy]::Bypass
[Microsoft.PowerShell.ExecutionPolicyScope]'LocalMachine'

Set-ExecutionPolicy RemoteSigned -WhatIf
Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process -Force
'next'
try { Set-ExecutionPolicy Unrestricted -Scope CurrentUser } catch { $_.Exception.GetType().FullName }
Set-ExecutionPolicy Default -Scope MachinePolicy
Get-ExecutionPolicy -List -Scope Process
Get-ExecutionPolicy -Scope Bogus
