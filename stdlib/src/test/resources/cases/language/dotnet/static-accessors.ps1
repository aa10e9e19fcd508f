# A static property has accessor methods, as in .NET; a static field (a const such as [int]::MaxValue, or a
# static readonly field such as [string]::Empty) has none.
[datetime]::get_Now().GetType().FullName
[datetime]::get_Today() -eq [datetime]::Today
[Environment]::get_MachineName() -eq [Environment]::MachineName
[Environment]::get_NewLine().Length
[System.Text.Encoding]::get_UTF8().WebName
[datetime] | Get-Member -Static -Force -Name get_*Now | Out-String
[datetime] | Get-Member -Static -Name get_*
([int] | Get-Member -Static -Force -Name get_*) -eq $null
([string] | Get-Member -Static -Force -Name get_*) -eq $null

# A script class's static property has them too; its setter's parameter has no name, as pwsh's has none.
class Counter { static [int]$Count; [string]$Label }
[Counter]::set_Count('3')
[Counter]::get_Count()
[Counter]::Count
[Counter] | Get-Member -Static -Force -Name *_Count | Out-String
$counter = [Counter]::new()
$counter.set_Label.OverloadDefinitions
$counter | Get-Member -Force -Name set_Label | Out-String

[int]::get_MaxValue()
[string]::get_Empty()
[datetime]::get_MaxValue()
