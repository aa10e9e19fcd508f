# an enumerator's value may take another enum's of the same script, declared before or after it
enum E4 { e0 = [E5]::e0 + 2 }
enum E5 { e0 = [E6]::e0 + 2 }
enum E6 { e0 =38 }
[int][E4]::e0
[int][E5]::e0
[int][E6]::e0
enum Both { a = [E6]::e0 -bor [E5]::e0 }
[int][Both]::a
# a cycle among the initializers is a parse error on the first enum of the cycle
try { [scriptblock]::Create('enum foo1 { x = [foo2]::x } enum foo2 { x = [foo1]::x }').Invoke() }
catch { $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }
# an initializer's string is a constant the underlying type may not take
try { [scriptblock]::Create('enum foo { e = "hello" }').Invoke() }
catch { $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }
