# Comma binds tighter than binary operators, -f tighter than +, comparison tighter than bitwise, -and/-or one level.
1, 2 + 3
'---'
1, 2 -join '-'
'{0}' -f 1 + 2
1..3 + 4
-not $true -eq $false
2 + 3 * 4
$true -or $false -and $false
5 -band 3 -eq 1
-5 + 2
