# bad calculated properties stop the command with pwsh's errors
$o = [pscustomobject]@{ A = 1 }
foreach ($property in @(
        @{ l = 1; e = 'A' }, @{ e = 'A'; width = 1.5 }, @{ e = 1 }, @{ l = 'x' }, @{ e = 'A'; bogus = 1 },
        @{ e = 'A'; align = 1 }, ([ordered]@{ e = 'A'; ex = 'A' }), ([ordered]@{ n = 'x'; e = 'A'; l = 'y' }),
        @{ e = '' }, 1, '')) {
    try {
        $o | ConvertTo-Html -Property $property -Fragment
    } catch {
        $_.FullyQualifiedErrorId
        "$_"
    }
}

# -CssUri must not be blank; -Charset must look like a charset; -As is Table or List
try { $o | ConvertTo-Html -CssUri ' ' } catch { $_.FullyQualifiedErrorId; "$_" }
$o | ConvertTo-Html -Charset 'a'
$o | ConvertTo-Html -As Grid
$o | ConvertTo-Html -PreContent ''
$o | ConvertTo-Html -Title ''

# -Fragment cannot go with the page's parameters
$o | ConvertTo-Html -Fragment -Title 'x'
'done'
