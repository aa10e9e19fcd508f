# System.Tuple
$pair = [Tuple]::Create(1, 'a')
$pair.Item1
$pair.Item2
"$pair"
$pair.GetType().Name
$pair.GetType().GenericTypeArguments.Name -join ','
$typed = [Tuple[int,string]]::new(1, 'a')
$pair -eq $typed
$pair.Equals([Tuple]::Create(1, 'b'))
$eight = [Tuple]::Create(1, 2, 3, 4, 5, 6, 7, 8)
$eight.ToString()
$eight.Rest.Item1
$eight.Rest.GetType().Name
[Tuple]::Create(3, 'c'), [Tuple]::Create(1, 'z'), [Tuple]::Create(1, 'b') | Sort-Object | ForEach-Object { "$_" }
$pair
$nested = New-Object 'Tuple[string,int]' 'x', 5
$nested.Item2 + 1
try { [Tuple[int,int]]::new(1, 'x') } catch { $_.FullyQualifiedErrorId }
# ITuple: a tuple indexes as a list of its items (negative from the end, slices, a Tuple`8's Rest continuing)
$pair = [Tuple]::Create(10, 'Hello')
$pair[0]
$pair[-1]
$pair[0..1] -join ','
$null -eq $pair[2]
[Tuple]::Create(1, 2, 3, 4, 5, 6, 7, 8)[7]
[ValueTuple]::Create('a', 'b')[1]
