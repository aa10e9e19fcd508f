# Enums the PowerShell tests name: MemberTypes (flags), AceFlags (flags over byte), CommandTypes with All.
[System.Reflection.MemberTypes]'Method,Field'
[int][System.Reflection.MemberTypes]::All
([Enum]::GetNames('System.Reflection.MemberTypes') -join ',')
function f { param([System.Reflection.MemberTypes] $m = $([Enum]::GetNames('System.Reflection.MemberTypes') -join ',')) $m }
f
(f) -is [System.Reflection.MemberTypes]
$a = [System.Security.AccessControl.AceFlags]::ObjectInherit -bxor [System.Security.AccessControl.AceFlags]::ContainerInherit
$a.ToString()
([System.Security.AccessControl.AceFlags]::ObjectInherit -band [System.Security.AccessControl.AceFlags]::ContainerInherit).ToString()
([System.Management.Automation.CommandTypes]::Alias -band [System.Management.Automation.CommandTypes]::All).ToString()
[int][System.Management.Automation.CommandTypes]::All
[System.Management.Automation.CommandTypes]::Configuration
# A composite name stands for its bits, as .NET formats flags.
[System.Reflection.MemberTypes]255
[System.Security.AccessControl.AceFlags]'ObjectInherit,ContainerInherit,NoPropagateInherit,InheritOnly'
