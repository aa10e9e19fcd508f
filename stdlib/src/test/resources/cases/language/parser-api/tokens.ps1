# The tokens of a script, with pwsh's kinds.
$text = @'
# count things
$n = 0; foreach ($f in Get-ChildItem -Path:$HOME *.txt) { $n += 1 }
if ($n -gt 2 -and -not $quiet) { "found $n" } else { 'few' }
$h = @{ 'a' = 1 }; $h.a++; [int]::MaxValue | Out-Null 2>&1
'@
$tokens = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$tokens, [ref]$null)
$tokens | Where-Object Kind -ne NewLine | ForEach-Object { '{0,-18} {1}' -f $_.Kind, $_.Text }
($tokens | Where-Object Kind -eq NewLine).Count
$last = $tokens[-1]
"{0} at {1}:{2}" -f $last.Kind, $last.Extent.StartLineNumber, $last.Extent.StartColumnNumber
$tokens[1].Kind -is [System.Management.Automation.Language.TokenKind]
$tokens[1].Kind -eq [System.Management.Automation.Language.TokenKind]::NewLine
"$($tokens[2])"
