# The first clause whose type (or a base type) matches wins; the inner exception is tried first.
try { 1/0 } catch [System.DivideByZeroException] { "dbz: $($_.Exception.GetType().Name)" } catch { 'all' }
try { 1/0 } catch [System.ArithmeticException] { "arith: $($_.Exception.GetType().FullName)" }
try { 1/0 } catch { "catch-all: $($_.Exception.GetType().FullName), inner $($_.Exception.InnerException.GetType().Name)" }
try { throw [System.InvalidOperationException]::new('bad op') } catch [System.ArgumentException] { 'arg' } catch [System.InvalidOperationException] { "ioe: $($_.Exception.Message)" }
try { throw [System.ArgumentNullException]::new('p') } catch [System.FormatException], [System.ArgumentException] { "two types: $($_.Exception.GetType().Name)" }
try { throw 'text' } catch [System.Management.Automation.RuntimeException] { "runtime: $_" }
try { throw 'text' } catch [System.Exception] { "exception: $_" }
try { Get-Nothing } catch [System.Management.Automation.CommandNotFoundException] { "not found: $($_.TargetObject)" }
try { [int]'abc' } catch [System.Management.Automation.PSInvalidCastException] { "cast: $($_.FullyQualifiedErrorId)" }
try { 'x'.Substring(5) } catch [System.Management.Automation.MethodInvocationException] { "method: $($_.Exception.InnerException.GetType().Name)" }
try { 'x'.Substring(5) } catch [System.ArgumentOutOfRangeException] { "out of range: $($_.Exception.GetType().Name)" }
try { Get-Date -NoSuchParameter } catch [System.Management.Automation.ParameterBindingException] { "binding: $($_.FullyQualifiedErrorId)" }
try { Get-Item ./missing-file -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { "item: $($_.CategoryInfo.Category)" }
$e = $null
try { throw [System.IO.FileNotFoundException]::new('gone') } catch [System.IO.IOException] { $e = $_ }
$e.Exception.GetType().FullName
$e.Exception -is [System.IO.IOException]
$e -is [System.Management.Automation.ErrorRecord]
