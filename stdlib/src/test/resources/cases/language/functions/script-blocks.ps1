$double = { param($x) $x * 2 }
& $double 21
$double.Invoke(4)
"text:$double"
$sb = [scriptblock]::Create('"created " + (1 + 1)')
& $sb
$echo = { "args: $args" }
& $echo 1 2
