function myfunc { "line: $($MyInvocation.Line.Trim()) name: $($MyInvocation.MyCommand.Name) inv: $($MyInvocation.InvocationName)" }
myfunc
. myfunc
$a = & {
    $MyInvocation.Statement
}
$a
$b = . {$MyInvocation.Line}
$b
"script name is [$(& {$MyInvocation.ScriptName})]"
function f2([int]$x) { $MyInvocation.BoundParameters.Keys -join ',' }
f2 -x 3
