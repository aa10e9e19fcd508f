# Numbers of different types compare by value; a string on the right converts to the left's type.
1 -eq 1.0
1L -eq 1
2 -gt '10'
'2' -gt 10
10 -eq '10'
'1.0' -eq 1
1 -eq '1.0'
[int]::MaxValue -lt [long]::MaxValue
1.5 -ge 1.5d
