# Text that only ends too soon is an IncompleteParseException (a ParseException), other bad text a ParseException
$ps = [powershell]::Create()
foreach ($text in '(', '"abc', '1,2,', 'if ("true") {1} else', '1 +* 2') {
    $ps.Commands.Clear()
    try { $ps.AddScript($text).Invoke() } catch { '{0}: {1}' -f $text, $_.Exception.InnerException.GetType().Name }
}
try { [scriptblock]::Create('function f {') } catch { $_.FullyQualifiedErrorId }
try { [scriptblock]::Create('function f {') } catch { $_.Exception.InnerException -is [System.Management.Automation.ParseException] }
