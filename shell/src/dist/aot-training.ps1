# The workload the AOT cache is trained on: what every script run touches first
# (parsing, arithmetic, variables, commands with arguments, pipelines, output).
$greeting = 'hello'
Write-Output $greeting
$x = 1 + 2 * 3 - 4 / 2
$y = $x * 1.5
Write-Output "value" $x $y | Write-Output
Write-Output -InputObject (10 % 3)
