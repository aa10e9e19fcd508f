$env:JPOSH_TEST_VAR = 'value'
$env:JPOSH_TEST_VAR
$env:JPOSH_TEST_VAR = $null
"[$env:JPOSH_TEST_VAR]"
