# [PSParser]::Tokenize, PowerShell 2's tokenizer API: PSTokens typed as pwsh types them, and the parse errors
$errors = $null
$tokens = [System.Management.Automation.PSParser]::Tokenize('Get-Item -Path $env:HOME | ForEach-Object { $_.Name } # done', [ref]$errors)
$tokens | ForEach-Object { '{0,-18} {1,-12} {2} {3}:{4}' -f $_.Type, $_.Content, $_.Start, $_.StartLine, $_.StartColumn }
$errors.Count
$tokens = [System.Management.Automation.PSParser]::Tokenize("if (`$x) { 'a' + ""b"" }; [int]`$y = 1`n", [ref]$errors)
($tokens | ForEach-Object { "$($_.Type):$($_.Content)" }) -join ' | '
$null = [System.Management.Automation.PSParser]::Tokenize('{ "unclosed', [ref]$errors)
$errors.Count; $errors[0].Message; $errors[0].Token.Type
