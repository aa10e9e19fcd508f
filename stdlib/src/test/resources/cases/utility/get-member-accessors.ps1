# A .NET property has accessor methods (get_Length, set_Length): Get-Member lists them only with
# -Force, as pwsh does, and scripts can call them.
'abc' | Get-Member -Force -Name get_Length, set_Length | Out-String
'abc' | Get-Member -Name get_*
'abc'.get_Length()
'abc' | ForEach-Object get_Length
$builder = [System.Text.StringBuilder]::new('hello')
$builder | Get-Member -Force -Name *_Length | Out-String
$builder.set_Length('2')
$builder.ToString()
$builder.get_Length()
(Get-Date -Year 2020 -Month 5 -Day 17).get_Year()
[bool]('abc'.psobject.Methods | Where-Object Name -EQ 'get_Length')

# A script class's properties are .NET properties too.
class Point { [int]$X }
$point = [Point]::new()
$point.set_X('4')
$point.get_X()
$point.X
$point | Get-Member -Force -Name get_X | Out-String
($point | Get-Member -Force -MemberType MemberSet -Name psadapted).Definition

# A read-only property has no set accessor.
'abc'.set_Length(1)
