# Switch actions run in the current scope; script-block conditions run in a child scope.
switch (1) { 1 { $inAction = 'set' } }
$inAction
switch (1) { { $inCondition = 'set'; $true } { 'matched' } }
"[$inCondition]"
