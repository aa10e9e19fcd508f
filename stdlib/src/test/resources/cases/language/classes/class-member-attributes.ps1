# Attributes JPosh has no use for on properties ([DscProperty()]) are accepted; validations are checked.
class Resource {
    [DscProperty(Key)] [string]$Name
    [Parameter()][ValidateRange(1, 10)][int]$Size = 1
}
$r = [Resource]::new()
$r.Name = 'disk'
$r.Size = 5
"$($r.Name) $($r.Size)"
try { $r.Size = 11 } catch { $_.FullyQualifiedErrorId }

# A method parameter's attributes other than its type, and its default value, are not used: as in pwsh, every
# parameter of a method must be given.
class Greeter {
    [string] Greet([string]$who = 'nobody', [ValidateNotNull()][int]$times) { return "hi $who x$times" }
}
$g = [Greeter]::new()
$g.Greet('bob', 2)
try { $g.Greet() } catch { $_.FullyQualifiedErrorId }
