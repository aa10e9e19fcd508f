# The first JPosh sample: variables, arithmetic and a command pipeline.
$greeting = 'Hello'
$name = 'JPosh'
Write-Output ($greeting + ', ' + $name + '!')
$answer = 6 * 7
Write-Output 'The answer is' $answer | Write-Output
