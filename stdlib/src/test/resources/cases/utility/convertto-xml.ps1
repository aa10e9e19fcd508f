# ConvertTo-Xml writes pwsh's <Objects> format (not CLIXML): primitives as their .NET strings, one level of
# properties unless -Depth says more.
1 | ConvertTo-Xml -As String
'abc', '', [datetime]'2024-02-29T13:14:15', 1.5, $true | ConvertTo-Xml -As Stream
ConvertTo-Xml -InputObject $null -As String

# At depth 1 a property's object is its string, with its notes beside it; null properties keep their type; items
# and entries do not use up depth.
$o = [pscustomobject]@{
    Name    = 'a <b>'
    Nested  = [pscustomobject]@{ A = 1 }
    Nothing = $null
    Day     = [System.DayOfWeek]::Friday
    Items   = 1, 'two'
}
$o | ConvertTo-Xml -As String
$o | ConvertTo-Xml -As String -Depth 2 -NoTypeInformation
ConvertTo-Xml -InputObject @{ Key = 'v' } -As String
ConvertTo-Xml -InputObject @(1, @(2, 3)) -As String
class Pt { [int]$X; [object]$Inner }
[Pt]@{ X = 1; Inner = [Pt]@{ X = 2 } } | ConvertTo-Xml -As String

# -As Document (the default) gives an XmlDocument; nothing in gives an empty <Objects />.
$doc = 1, 2 | ConvertTo-Xml
$doc.GetType().FullName
$doc.OuterXml
$doc.Objects.Object | ForEach-Object { '{0}={1}' -f $_.Type, $_.'#text' }
@() | ConvertTo-Xml -As String
1 | ConvertTo-Xml -As Bogus
1 | ConvertTo-Xml -Depth 0
