# Join-String: separators, prefix and suffix, quoting, formats, properties, $OFS
1..3 | Join-String
1..3 | Join-String -Separator ', '
'a', 'b' | Join-String -SingleQuote -Separator ','
'a', 'b' | Join-String -DoubleQuote -OutputPrefix 'Items: [' -OutputSuffix ']' -Separator ', '
'a', 'b' | Join-String -op '<' -os '>'
1.5, 2, 1234.5 | Join-String -FormatString '{0:N2}' -Separator '; '
'x', 'y' | Join-String -FormatString '[{0}]'

# a property by name or by script block (position 0), then the separator (position 1)
$items = [pscustomobject]@{ Name = 'one'; Size = 1 }, [pscustomobject]@{ Name = 'two'; Size = 2 }
$items | Join-String Name ', '
$items | Join-String { $_.Size * 10 } '+'
$items | Join-String -Property Missing -Separator '|'
$items | Join-String -Property { throw 'boom' } -Separator '|'
$items | Join-String -Property Na* -Separator '/'

# nulls are skipped; no input still writes the prefix and suffix
$null | Join-String -OutputPrefix '<' -OutputSuffix '>'
'a', $null, 'b' | Join-String -Separator '-'
(@() | Join-String).Length
Join-String -InputObject 1, 2, 3 -Separator '+'

# the separator is $OFS unless given; collections join with $OFS too
$OFS = '-'
1..3 | Join-String
, (1, 2) | Join-String -SingleQuote
Remove-Variable OFS

# culture-invariant unless -UseCulture
$d = [datetime]::new(2024, 1, 2, 15, 4, 5)
$d | Join-String
$d | Join-String -UseCulture
$d | Join-String -FormatString '{0:d}'
$d | Join-String -FormatString '{0:d}' -UseCulture

(1..3 | Join-String).GetType().FullName
'x' | Join-String -SingleQuote -DoubleQuote
