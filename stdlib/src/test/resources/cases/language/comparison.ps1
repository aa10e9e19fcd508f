# Comparison, containment and logical operators.
1 -eq 1
1 -lt 2.5
'abc' -eq 'ABC'
'abc' -ceq 'ABC'
'b' -gt 'a'
10 -gt '9'
'10' -gt 9
$null -eq $null
1, 2, 3, 2 -eq 2
1, 2, 3 -ge 2
1, 2, 3 -contains 2
'A' -in 'a', 'b'
'A' -cin 'a', 'b'
4 -notin 1, 2
-not 0
!$true
$true -and 0
1 -or $null
$true -xor $true
2147483647 -lt 2147483648
