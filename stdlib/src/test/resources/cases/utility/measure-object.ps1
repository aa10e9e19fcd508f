# Measure-Object: GenericMeasureInfo and TextMeasureInfo shown by their properties.
1, 2, 3 | Measure-Object | Out-String
1, 2, 3, 4 | Measure-Object -Sum -Average -Maximum -Minimum -StandardDeviation | Out-String
2.5, 3 | Measure-Object -AllStats | Out-String
'b', 'a', 'c' | Measure-Object -Maximum -Minimum | Out-String
"hello world`nsecond line", 'a  b ' | Measure-Object -Line -Word -Character | Out-String
'a b', ' c ' | Measure-Object -Character -IgnoreWhiteSpace | Out-String
$people = '[{"Name":"Cy","Age":40},{"Name":"Ann","Age":25}]' | ConvertFrom-Json
$people | Measure-Object -Property Age -Sum -Maximum | Out-String
$people | Measure-Object Age, Missing -Average | Out-String
(@() | Measure-Object).Count
(1..10 | Measure-Object -Sum).Sum
