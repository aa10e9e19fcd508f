# A data section holds constants and strings only and yields its output.
$d = data { 'alpha'; 'beta' }
$d.Count
$d[1]
$t = data { @{ greeting = 'hi' } }
$t.greeting
