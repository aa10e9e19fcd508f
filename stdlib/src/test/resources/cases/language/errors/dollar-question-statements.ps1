# Which simple statements set $?: an expression, or an assignment of one, leaves it true; a pipeline of
# commands sets it to whether it wrote an error, wherever it runs; $( ) and @( ) leave it to their statements.
Write-Error 'e' 2>$null
$x = 1
"assignment of an expression: $?"
$null = Write-Error 'e' 2>$null
"`$null = a failing command: $?"
$v = Write-Output 'v'
"assignment of a command: $?"
Write-Error 'e' 2>$null
$null = 'quiet'
"`$null = an expression: $?"
(Get-Item /jposh/no/such/path 2>$null)
"command in parentheses: $?"
Write-Error 'e' 2>$null
(1)
"expression in parentheses: $?"
Write-Error 'e' 2>$null
$()
"empty subexpression: $?"
$a = @(Write-Error 'e' 2>$null)
"array of a failing command: $?"
$s = $(Write-Error 'e' 2>$null; 'last')
"subexpression ending in an expression: $?"
