[WildcardPattern]::Escape('a*b[c]')
[WildcardPattern]::ContainsWildcardCharacters('a?b')
[WildcardPattern]::new('a*').IsMatch('abc')
'a*b' -like [WildcardPattern]::Escape('a*b')
$evaluator = { "X" * $args[0].Value.Length } -as [System.Text.RegularExpressions.MatchEvaluator]
"ID ABC123" -replace "\b[A-C]+", $evaluator
try { Invoke-Expression "'x' -is 'foo'" } catch { $_.FullyQualifiedErrorId }
try { Invoke-Expression "'x' -is [NoSuchType]" } catch { $_.FullyQualifiedErrorId }
