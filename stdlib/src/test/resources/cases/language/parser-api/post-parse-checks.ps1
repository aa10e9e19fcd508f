# Parser.ParseInput reports the errors pwsh's parser finds once it has read the syntax: a module a using
# statement names must exist, and a block's types need distinct names
function Show-ParseErrors([string]$Text) {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($Text, [ref]$null, [ref]$errors)
    foreach ($e in $errors) { '{0} => {1} at {2}' -f $Text, $e.ErrorId, $e.Extent.StartScriptPosition.Offset }
    if (-not $errors) { "$Text => no error" }
}
Show-ParseErrors 'using module ThisModuleDoesntExist'
Show-ParseErrors 'using module fo*'
Show-ParseErrors "using module @{ Foo = 'Foo' }"
Show-ParseErrors 'enum foo {} enum foo {}'
Show-ParseErrors 'class C {}; if ($x) { class C {} }'
Show-ParseErrors 'enum foo { x; x }'
# an enum body that ends after a terminated member lacks its closing brace; one that ends after a member, the terminator
Show-ParseErrors 'enum foo { a;b;c;'
Show-ParseErrors 'enum foo { a;b;c'
Show-ParseErrors 'class foo { [int]$a;'
# an extent's positions
$errors = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput("`$a = 1`nenum foo { x = }", [ref]$null, [ref]$errors)
$errors[0].Extent.StartScriptPosition | Format-List
$errors[0].Extent.EndScriptPosition.Offset
# [scriptblock]::Create's ParseException has the parse error's id
try { [scriptblock]::Create('1 +') } catch { $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }
