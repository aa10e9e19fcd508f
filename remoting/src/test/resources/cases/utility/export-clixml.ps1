# Export-Clixml writes one indented CLIXML document per call, UTF-8 without a byte-order mark and no newline at
# the end, as pwsh's XmlWriter writes it.
@{ Name = 'a <b> & "c"'; Count = 3 } | Export-Clixml hashtable.xml
Get-Content hashtable.xml -Raw
(Get-Content hashtable.xml -AsByteStream -TotalCount 3) -join ' '
[System.IO.File]::ReadAllText("$PWD/hashtable.xml").EndsWith('</Objs>')

# All pipeline objects go into one file, sharing type names and references.
$shared = [pscustomobject]@{ Id = 1 }
'text', 42, $shared, $shared, $null | Export-Clixml pipeline.xml
Get-Content pipeline.xml -Raw

# Strings are escaped as pwsh escapes them; primitives get their own elements.
[pscustomobject]@{
    Control = "tab`tline`nend"
    Escape  = '_x0041_'
    Empty   = ''
    Char    = [char]'c'
    Long    = 12345678901
    Double  = 1.5
    Decimal = 2.25d
    Bool    = $false
    Byte    = [byte]7
    Bytes   = [byte[]](1, 2, 3)
    Ints    = [int[]](4, 5)
    Guid    = [guid]'76056a84-51dc-4f24-9262-ca2a55464b2b'
    Span    = [timespan]'1.02:03:04.5'
    Date    = [datetime]'2024-02-29T13:14:15'
    Utc     = [datetime]::new(2024, 2, 29, 13, 14, 15, [System.DateTimeKind]::Utc)
    Version = [version]'1.2.3'
    Script  = { Get-Date }
    Day     = [System.DayOfWeek]::Friday
} | Export-Clixml primitives.xml
Get-Content primitives.xml -Raw

# -Depth counts the levels of a .NET object's properties (2 unless given); an object with no depth left is its
# string. A PSCredential is always written one level deep, its password protected as pwsh protects it on Unix.
class Pt { [int]$X; [object]$Inner }
$pt = [Pt]@{ X = 1; Inner = [Pt]@{ X = 2; Inner = [Pt]@{ X = 3 } } }
$pt | Export-Clixml depth2.xml
Get-Content depth2.xml -Raw
Export-Clixml -InputObject $pt -Path depth1.xml -Depth 1
Get-Content depth1.xml -Raw
[pscredential]::new('user', (ConvertTo-SecureString 'pa ss' -AsPlainText -Force)) | Export-Clixml credential.xml
Get-Content credential.xml -Raw

# Nothing to export is an empty document; -Encoding writes the encoding's byte-order mark.
@() | Export-Clixml empty.xml
Get-Content empty.xml -Raw
'x' | Export-Clixml -LiteralPath 'unicode[1].xml' -Encoding unicode
(Get-Content -LiteralPath 'unicode[1].xml' -AsByteStream -TotalCount 4) -join ' '
Get-Content -LiteralPath 'unicode[1].xml' -Encoding unicode -Raw

# -WhatIf writes nothing; -Force replaces a file; a wildcard path naming one file writes that file.
'w' | Export-Clixml whatif.xml -WhatIf
Test-Path whatif.xml
'again' | Export-Clixml hashtable.xml -Force
'one' | Export-Clixml hash*.xml
(Get-Content hashtable.xml -Raw) -replace '\n', '|'

# A pipeline that fails on the way leaves a well-formed document of the objects that reached the file.
try {
    1..5 | ForEach-Object { if ($_ -eq 3) { throw 'stop at 3' }; $_ } | Export-Clixml partial.xml
} catch {
    "caught: $_"
}
Get-Content partial.xml -Raw
