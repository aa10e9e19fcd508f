# && runs the right pipeline when the left succeeded ($? true), || when it failed.
Write-Output 'a' && Write-Output 'b'
Write-Output 'c' || Write-Output 'not printed'
$zero = 0
1 / $zero && Write-Output 'not printed'
1 / $zero || Write-Output 'after a failure'
Write-Output 'd' && 1 / $zero && Write-Output 'not printed' || Write-Output 'recovered'
$v = Write-Output 1 && Write-Output 2
"v: $v"
(Write-Output x && Write-Output y).Count
