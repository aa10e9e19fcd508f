# A value that is no number, string, collection or dictionary uses its type's operator methods, as pwsh's binder
# calls them: a class can define op_Addition, op_Subtraction, op_Multiply, op_Division and op_Modulus.
class Money {
    [decimal]$Amount
    Money([decimal]$amount) { $this.Amount = $amount }
    static [Money] op_Addition([Money]$a, [Money]$b) { return [Money]::new($a.Amount + $b.Amount) }
    static [Money] op_Subtraction([Money]$a, [Money]$b) { return [Money]::new($a.Amount - $b.Amount) }
    static [Money] op_Multiply([Money]$a, [decimal]$k) { return [Money]::new($a.Amount * $k) }
    static [Money] op_Division([Money]$a, [decimal]$k) { return [Money]::new($a.Amount / $k) }
    [string] ToString() { return '$' + $this.Amount }
}
$a = [Money]::new(10)
$b = [Money]::new(2.5)
"{0}" -f ($a + $b)
"{0}" -f ($a - $b)
"{0}" -f ($a * 3)
"{0}" -f ($a / 4)
$total = [Money]::new(0)
foreach ($m in $a, $b) { $total += $m }
"{0}" -f $total

# Without the method, pwsh's MethodNotFound; with no type to look in, NotADefinedOperationForType.
try { $a % 2 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { @{ a = 1 } - 1 } catch { $_.Exception.Message }
try { @(1, 2) / 2 } catch { $_.Exception.Message }
try { [pscustomobject]@{ a = 1 } * 2 } catch { $_.Exception.Message }
try { $true * 2 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }

# A collection on the left makes a new array: a list plus an item, or plus another collection, or repeated.
$list = [System.Collections.Generic.List[int]]::new()
$list.Add(1)
($list + 2).GetType().Name
($list + 2) -join ','
($list + @(3, 4)) -join ','
($list * 3) -join ','
$results = [System.Collections.ArrayList]::new()
$results += 'x'
"$($results.GetType().Name): $results"

# A char on the left concatenates; $null times anything is $null.
[char]'a' + 1
$null -eq ($null * 3)
