$h = ConvertFrom-StringData -StringData 'Name = Ada'
$h.GetType().FullName
$h.name
$h.Count

$text = @'
# a comment line

First = one
  Second=two = three
Path = C:\\temp\\x
Tab = a\tb
Hex = \x41\u0042
Empty =
'@
$t = ConvertFrom-StringData $text
$t.Keys | Sort-Object | ForEach-Object { "{0} -> [{1}]" -f $_, $t[$_] }
$t.Tab.Length

'a=1', 'b=2' | ConvertFrom-StringData | ForEach-Object { $_.Keys }
(ConvertFrom-StringData '').Count
ConvertFrom-StringData -StringData "k: v`nw :x" -Delimiter ':' | ForEach-Object { $_.k; $_.w }
(ConvertFrom-StringData "A=1`r`nb=2").b

ConvertFrom-StringData 'x'
'after'
ConvertFrom-StringData "a=1`nA=2"
ConvertFrom-StringData '=5'
ConvertFrom-StringData 'p=C:\Windows'
