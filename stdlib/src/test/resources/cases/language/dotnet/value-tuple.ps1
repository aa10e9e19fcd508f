# System.ValueTuple: Create with none to eight items, ValueTuple[...]::new, items as fields, equality and order
$pair = [ValueTuple]::Create(1, 'a')
$pair
$pair.GetType().FullName -replace ', System.Private.CoreLib[^\]]*', ''
$pair.Item1 + 1
$pair.Item2
"$pair"
[ValueTuple]::Create().ToString()
[ValueTuple]::Create().GetType().FullName
$typed = [ValueTuple[int,string]]::new('7', 'b')
$typed.Item1.GetType().Name
$typed.GetType().IsValueType
$pair -eq [ValueTuple]::Create(1, 'a')
$pair.Equals([ValueTuple]::Create(1, 'a'))
$pair.Equals([Tuple]::Create(1, 'a'))
[ValueTuple]::Create(1, 2, 3, 4, 5, 6, 7, 8).ToString()
[ValueTuple]::Create(1, 2, 3, 4, 5, 6, 7, 8).Rest.GetType().Name
@([ValueTuple]::Create(2, 'b'), [ValueTuple]::Create(1, 'z'), [ValueTuple]::Create(1, 'c')) | Sort-Object | ForEach-Object { "$_" }
try { [ValueTuple[int,int,int,int,int,int,int,int]]::new(1, 2, 3, 4, 5, 6, 7, 8) } catch { $_.Exception.InnerException.Message }
