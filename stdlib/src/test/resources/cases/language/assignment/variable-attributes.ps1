# Validation attributes on a variable are kept: every later assignment is checked.
[ValidateRange(1, 5)]$x = 3
$x
try { $x = 10 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.CategoryInfo.ToString() }
"x is still $x"

# A new variable whose first value already fails gets pwsh's "attribute cannot be added" error, and is not made.
try { [ValidateRange(1, 5)]$y = 10 } catch { $_.Exception.Message }
"y exists: $(Test-Path variable:y)"

# Type constraints and validations apply innermost first: [int] converts "4" before the range checks it.
[ValidateRange(1, 5)][int]$z = "4"
$z.GetType().Name
try { $z = "9" } catch { $_.Exception.Message }
$z = "2"
$z.GetType().Name

[ValidateNotNullOrEmpty()][string]$s = 'a'
try { $s = '' } catch { $_.Exception.Message }
[ValidateSet('a', 'b')]$v = 'a'
$v = 'B'
$v
try { $v = 'c' } catch { $_.Exception.Message }
[ValidateScript({ $_ -gt 0 })]$p = 1
try { $p = -1 } catch { $_.Exception.Message }
[ValidateLength(1, 3)]$w = 'abc'
try { $w = 'abcd' } catch { $_.Exception.Message }
[ValidateCount(1, 2)]$c = 1, 2
try { $c = 1, 2, 3 } catch { $_.Exception.Message }

# Attributes on an existing variable replace its own and keep its other data; a read-only one refuses them.
[int]$t = 1
[string]$t = 5
$t.GetType().Name
Set-Variable ro 1 -Option ReadOnly
try { [int]$ro = 2 } catch { $_.FullyQualifiedErrorId }

# Scoped variables take attributes too.
function Set-Script { [ValidateRange(0, 9)][int]$script:level = 4 }
Set-Script
try { $level = 12 } catch { $_.Exception.Message }
"level $level"

# As a value, an attributed variable is the variable.
[ValidateNotNull()]$x

# A target other than a variable only converts by the types.
$a = 1, 2, 3
[int]$a[0] = "7"
$a[0].GetType().Name
$o = [pscustomobject]@{ N = 0 }
[string]$o.N = 42
$o.N.GetType().Name

# A parameter keeps its validations in the body.
function Resize {
    param([ValidateRange(1, 5)][int]$Size, [ValidateNotNullOrEmpty()][string]$Name = 'n')
    try { $Size = 10 } catch { $_.Exception.Message }
    $Size
    try { $Name = '' } catch { $_.Exception.Message }
    "name '$Name'"
}
Resize 3
Resize -Size 2 -Name b

# an unbound parameter's variable keeps its validations too (its default is not checked)
function Send-Greeting {
    param([ValidateSet('hello', 'world')][string]$Message)
    $Message = 'bye'
    "sent $Message"
}
try { Send-Greeting } catch { $_.Exception.Message }
function Set-Size {
    param([ValidateRange(1, 5)][int]$Size = 30)
    "default $Size"
    $Size = 10
}
try { Set-Size } catch { $_.FullyQualifiedErrorId }
