# Counting the parse errors of inputs, as a linter would.
$inputs = @(
    'Get-Item -Path .'
    '1 ??= 100'
    'if ($x) { "open"'
    'foreach ($i in ) { }'
    '$a = "unterminated'
    'function f { param($a, $a) }'
)
foreach ($text in $inputs) {
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$errors)
    "{0,-30} errors={1} ast={2}" -f $text, $errors.Count, $ast.GetType().Name
    foreach ($e in $errors) {
        "  {0} at {1}:{2} incomplete={3}" -f $e.ErrorId, $e.Extent.StartLineNumber, $e.Extent.StartColumnNumber, $e.IncompleteInput
        "  $($e.Message)"
    }
}

# The error as pwsh shows it: where, then the message.
$errors = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput("`$x = 1`n`$y = (2 +", [ref]$null, [ref]$errors)
$errors[0].ToString()
$errors[0] -is [System.Management.Automation.Language.ParseError]

# A script that does not parse is still a script block: its whole text, with no statements.
$ast = [System.Management.Automation.Language.Parser]::ParseInput('1 ??= 100', [ref]$null, [ref]$null)
"text: $ast; statements: $($ast.EndBlock.Statements.Count)"

# A file that cannot be read is an error, not an exception.
$missing = Join-Path ([System.IO.Path]::GetTempPath()) 'jposh-astapi-missing.ps1'
$errors = $null
$tokens = $null
$ast = [System.Management.Automation.Language.Parser]::ParseFile($missing, [ref]$tokens, [ref]$errors)
$errors[0].ErrorId
$errors[0].Message -eq "The file could not be read: Could not find file '$missing'.."
"tokens: $($tokens.Count)"

# A missing predicate is .NET's error.
$ast = [System.Management.Automation.Language.Parser]::ParseInput('a', [ref]$null, [ref]$null)
try { $ast.FindAll($null, $true) } catch { $_.Exception.Message }
