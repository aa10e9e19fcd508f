# Compare-Object: SideIndicator, -IncludeEqual, -ExcludeDifferent, -Property, -PassThru, -SyncWindow.
Compare-Object -ReferenceObject a, b, c -DifferenceObject b, c, d | Out-String
Compare-Object a, b, c A, c -IncludeEqual | Out-String
Compare-Object a, b A, b -CaseSensitive | Out-String
Compare-Object a, b, c b, c, d -ExcludeDifferent | Out-String
(Compare-Object a, b b, c -PassThru) | ForEach-Object SideIndicator
Compare-Object 1, 2, 3 3, 2, 1 -SyncWindow 0 | Out-String
Compare-Object 1, 2, 3 3, 2, 1 | Out-String
$a = '[{"Name":"x","Size":1},{"Name":"y","Size":2}]' | ConvertFrom-Json
$b = '[{"Name":"x","Size":5},{"Name":"z","Size":2}]' | ConvertFrom-Json
Compare-Object $a $b -Property Name | Out-String
Compare-Object $a $b -Property Size -IncludeEqual | Out-String
Compare-Object @() a, b | Out-String
Compare-Object a, b @() | Out-String
