# [powershell]::Create(): commands run in a runspace of their own, output returned by Invoke().
$ps = [powershell]::Create()
$r = $ps.AddScript("'Hello' + ' world'; 1 + 1").Invoke()
$r.Count
$r[0]
$r[1]
$x = 'outer'
[powershell]::Create().AddScript('"x is [$x]"').Invoke()
# AddCommand, AddParameter, AddArgument, AddStatement
$p = [powershell]::Create().AddCommand('Write-Output').AddArgument('one').AddStatement().AddCommand('Get-Verb').AddParameter('Verb', 'Send')
$out = $p.Invoke()
$out[0]
$out[1].Group
$p.HadErrors
# Errors go to Streams.Error; HadErrors tells
$e = [powershell]::Create().AddScript("Write-Error 'boom'; 'after'")
$e.Invoke()
$e.HadErrors
$e.Streams.Error.Count
$e.Streams.Error[0].ToString()
# A script that does not parse, and a terminating error, make Invoke throw
try { [powershell]::Create().AddScript("'a' + ``# no`n 'b'").Invoke() } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId
    $_.Exception.Message
}
try { [powershell]::Create().AddScript("throw 'bad'").Invoke() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
# The runspace is kept between invocations until Dispose
$k = [powershell]::Create()
$null = $k.AddScript('$kept = 7').Invoke()
$k.AddStatement().AddScript('$kept + 1').Invoke()
$k.Dispose()
# ScriptBlock.GetPowerShell: the block's parameters bind the arguments
$gp = { param($h) Get-Verb @h }.GetPowerShell(@{ Verb = 'Get' })
$gp.Invoke()[0].Verb
