# With 2>&1 a program's stderr lines join its output as error records (pwsh's NativeCommandProcessor):
# the first NativeCommandError with the line as target, the rest NativeCommandErrorMessage, each with a
# RemoteException whose message is the line
$Error.Clear()
$x = sh -c 'echo out1; sleep 0.2; echo err1 >&2; sleep 0.2; echo out2; sleep 0.2; echo err2 >&2' 2>&1
$x.Count
$x | ForEach-Object { '{0} {1}' -f $_.GetType().Name, $_ }
$x[1].FullyQualifiedErrorId, $x[1].TargetObject, $x[1].Exception.GetType().FullName, $x[1].Exception.Message
$x[3].FullyQualifiedErrorId, ($null -eq $x[3].TargetObject)
"$($x[1])"
# They do not make $? false and do not go into $Error
sh -c 'echo err >&2' 2>&1 | Out-Null
$?
$Error.Count
# Shown as their text alone, on the output, also by Out-File and 2> file
sh -c 'echo shown >&2' 2>&1
sh -c 'echo to-file >&2; echo second >&2' 2>&1 | Out-File records.txt
Get-Content records.txt
sh -c 'echo redirected >&2' 2> errors.txt
Get-Content errors.txt
