# $null behaves as 0 in arithmetic on either side, and as nothing added to a string; but $null times anything is
# $null, as pwsh's binder has it (BinaryMultiply), so that line writes nothing.
$null + 1
1 + $null
$null * 5
5 - $null
'a' + $null
($null + 'b')
$n = $null
$n++
$n
