# Parameterized properties (indexers) are called as methods, assigned through, and have accessor methods.
'abc'.Chars(1)
'abc'.get_Chars(2)
$list = [System.Collections.Generic.List[int]]::new()
$list.Add(5)
$list.Add(6)
$list.Item(0)
$list.Item(1) = '7'
$list.get_Item(1)
$list.set_Item(0, 9)
"$list"
$h = @{ k = 1 }
$h.Item('k')
$h.Item('k') = 5
$h.k
$h.Item('new') = 2
$h.new
$null -eq $h.Item('absent')
$d = [System.Collections.Generic.Dictionary[string, int]]::new()
$d.Item('a') = '3'
$d.Item('a') += 1
$d['a']
$array = 1, 2, 3
$array.Item(1)
$array.Item(1) = 20
"$array"
$arrayList = [System.Collections.ArrayList]::new()
[void]$arrayList.Add('x')
$arrayList.Item(0)
$ordered = [ordered]@{ a = 1; b = 2 }
$ordered.Item(1)
$ordered.Item('a')

# Get-Member shows them with pwsh's definitions; the accessors only with -Force.
'abc' | Get-Member -Name Chars, get_Chars | Out-String
'abc' | Get-Member -Force -Name *Chars | Out-String
Get-Member -InputObject $array -Name Item | Out-String
Get-Member -InputObject $d -Name Item | Out-String
Get-Member -InputObject $h -Name Item | Out-String
Get-Member -InputObject $list -Force -Name *Item | Out-String
Get-Member -InputObject $arrayList -Name Item | Out-String
Get-Member -InputObject $ordered -Name Item | Out-String
'abc'.Chars | Format-List | Out-String
('abc'.psobject.Members | Where-Object Name -EQ 'Chars').MemberType
[bool]('abc'.psobject.Methods | Where-Object Name -EQ 'Chars')

# pwsh's errors: a getter's .NET exception is "Exception getting", a setter's "Exception setting".
'abc'.Chars(5)
'abc'.get_Chars(5)
'abc'.Chars(0) = 'x'
$list.Item(3)
$list.Item(3) = 1
$d.Item('zz')
$d.Item('zz', 1)
