# ScriptBlock.Invoke() returns pwsh's Collection`1 of PSObjects, even for one object or none; InvokeReturnAsIs
# returns the output as a value.
$two = { 1; 2 }.Invoke()
$two.GetType().Name
$two.Count
$one = { 5 }.Invoke()
$one.GetType().Name
$one.Count
$one[0] + 1
($one + 1) -join ','
{ }.Invoke().Count
{ param($a) $a * 2 }.Invoke(4)
{ 5 }.InvokeReturnAsIs().GetType().Name
