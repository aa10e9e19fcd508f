class MyError : System.Exception {
    [int]$Code
    MyError([string]$message, [int]$code) : base($message) { $this.Code = $code }
}
class NotFound : MyError {
    NotFound([string]$what) : base("$what was not found", 404) { }
}
try { throw [MyError]::new('boom', 7) } catch [MyError] { "caught $($_.Exception.Message) code $($_.Exception.Code)"; $_.Exception.GetType().Name; $_.FullyQualifiedErrorId }
try { throw [NotFound]::new('page') } catch [MyError] { "base catch: $($_.Exception.Message) $($_.Exception.Code)" }
try { throw [NotFound]::new('file') } catch [System.Exception] { "exception catch: $($_.Exception.GetType().FullName)" }
$e = [MyError]::new('plain', 1)
$e -is [System.Exception]
$e -is [MyError]
$e.Message
"$e"
class Simple : Exception { }
try { throw [Simple]::new() } catch { $_.Exception.Message }
$inner = [MyError]::new('inner', 3)
$outer = [System.InvalidOperationException]::new('outer', $inner)
$outer.InnerException.Code
try { throw $outer } catch [MyError] { "inner matched: $($_.Exception.Message)" }
throw [MyError]::new('uncaught', 2)
