enum Color { Red; Green = 5; Blue }
[Color]::Red
[Color]::Blue
[int][Color]::Red
[int][Color]::Blue
[Color]'green'
[Color]5
[Color]::Red.GetType().Name
$c = [Color]::Green
$c -eq 'Green'
$c -eq 'Red'
$c -eq 5
$c -lt [Color]::Blue
"color is $c"
[string]$c
$c.ToString()
$c.value__
[enum]::GetNames([Color])
foreach ($v in [enum]::GetValues([Color])) { '{0}={1}' -f $v, [int]$v }
[enum]::IsDefined([Color], 'Blue')
[enum]::IsDefined([Color], 3)
[Color].IsEnum
[Color].BaseType.FullName
switch ($c) { 'Red' { 'is red' } 'Green' { 'is green' } }
