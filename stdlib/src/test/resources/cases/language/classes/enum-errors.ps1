enum Color { Red; Green }
[Color]'Purple'
[Color]7
[Color]::Purple
'done'
