# An error that ends a statement ends the method that runs it, as if in a try block: the statements after it, in
# the method and in the functions it calls, do not run, even with no try around the call
class C {
    static [void] S() {
        $script:trail += 's1'
        [C]::Divide()
        $script:trail += 's2'
    }
    static [void] Divide() { 1 / 0 }
    [void] M() {
        $script:trail += 'm1'
        Invoke-Failing
        $script:trail += 'm2'
    }
}
function Invoke-Failing { $script:trail += 'f1'; 1 / 0; $script:trail += 'f2' }
$script:trail = @()
[C]::S()
[C]::new().M()
$script:trail -join ','
# a function called outside a method goes on after such an error, as always
Invoke-Failing 2>$null
$script:trail -join ','
# a property's initializer converts its value to the property's type; the error is the initializer's
class Typed {
    [int]$Count = "many"
}
try { [Typed]::new() } catch { $_.FullyQualifiedErrorId; $_.InvocationInfo.Line.Trim() }
# a static initializer that fails makes the class unusable: TypeInitializationException, every time
class Broken {
    static [int]$Count = "many"
}
foreach ($i in 1..2) {
    try { [Broken]::Count } catch { $_.Exception.GetType().FullName; $_.Exception.Message; $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }
}
# setting a property that is not there
try { [C]::Nope = 1 } catch { $_.FullyQualifiedErrorId }
try { [C]::new().Nope = 1 } catch { $_.FullyQualifiedErrorId }
try { $null.Nope = 1 } catch { $_.FullyQualifiedErrorId }
