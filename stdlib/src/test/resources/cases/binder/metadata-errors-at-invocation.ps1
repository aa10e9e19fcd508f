# A block whose parameter metadata is wrong compiles; invoking it fails with the metadata error, as in pwsh
$scriptblock = {
    param($numSets = 1)
    $parameters = (1..$numSets | ForEach-Object { "[Parameter(ParameterSetName='set$_')]`$a$_" }) -join ', '
    $sb = [scriptblock]::Create("param($parameters) 'working'")
    & $sb -a1 123
}
& $scriptblock -numSets 32
try { & $scriptblock -numSets 33 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.CategoryInfo.Category }
function Test-Conflict { param([Parameter()]$a, [Alias('a')]$b) 'ran' }
"defined"
try { Test-Conflict } catch { $_.FullyQualifiedErrorId }
