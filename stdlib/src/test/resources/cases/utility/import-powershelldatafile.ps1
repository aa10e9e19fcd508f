# Import-PowerShellDataFile: the first hashtable of a .psd1 file, restricted to safe values
@'
# a module manifest
@{
    ModuleVersion = '1.2.0'
    Author = "Someone"
    Count = 42
    Negative = -7
    Ratio = 1.5
    Enabled = $true
    Disabled = $false
    Nothing = $null
    Numbers = 1, 2, 3
    Empty = @()
    Nested = @{ Inner = 'x'; Deeper = @{ Leaf = 1kb } }
    Cast = [int]'12'
    Expanded = "flag: $true"
    Block = { Get-Date }
    Parens = ('p')
    Sub = $(5)
    Picked = (1, 2, 3)[1]
    Choice = $true ? 'yes' : 'no'
    Not = -not $false
}
'@ | Set-Content data.psd1
$d = Import-PowerShellDataFile data.psd1
$d.GetType().FullName
$d.Keys | Sort-Object
$d.ModuleVersion
$d.Count
$d.Negative
$d.Ratio
$d.Enabled, $d.Disabled, ($null -eq $d.Nothing)
$d.Numbers -join ','
$d.Numbers.GetType().FullName
$d.Empty.Count
$d.Nested.Inner
$d.Nested.Deeper.Leaf
$d.Cast.GetType().Name
$d.Expanded
$d.Block.GetType().FullName
$d.Parens, $d.Sub, $d.Picked, $d.Choice, $d.Not
$d.moduleversion

# -LiteralPath, by property name from the pipeline, and several paths
'@{ A = 1 }' | Set-Content -LiteralPath 'odd[1].psd1'
(Import-PowerShellDataFile -LiteralPath 'odd[1].psd1').A
(Get-Item 'odd`[1`].psd1' | Import-PowerShellDataFile).A
(Import-PowerShellDataFile -Path data.psd1, 'odd`[1`].psd1').Count

# the first hashtable wins, wherever it is
"'text'`n@{ First = 1 }`n@{ Second = 2 }" | Set-Content two.psd1
(Import-PowerShellDataFile two.psd1).Keys

# errors: a missing file, no hashtable, a file that does not parse (the others go on)
Import-PowerShellDataFile missing.psd1, data.psd1 | ForEach-Object { $_.Count }
"'just a string'" | Set-Content nohash.psd1
Import-PowerShellDataFile nohash.psd1
'@{ A = ' | Set-Content broken.psd1
Import-PowerShellDataFile broken.psd1
"{ @{ A = 1 } }" | Set-Content inblock.psd1
Import-PowerShellDataFile inblock.psd1

# dynamic expressions stop the command
'@{ A = 1 + 2 }' | Set-Content binary.psd1
Import-PowerShellDataFile binary.psd1
'@{ A = $HOME }' | Set-Content variable.psd1
Import-PowerShellDataFile variable.psd1
'@{ A = (Get-Date) }' | Set-Content command.psd1
Import-PowerShellDataFile command.psd1
'@{ A = [string]1 }' | Set-Content cast.psd1
Import-PowerShellDataFile cast.psd1
'@{ A = [int]"x" }' | Set-Content badcast.psd1
Import-PowerShellDataFile badcast.psd1
'@{ A = "x".Length }' | Set-Content member.psd1
Import-PowerShellDataFile member.psd1

# more than 500 keys needs -SkipLimitCheck
'@{' + ((1..501 | ForEach-Object { "k$_ = $_" }) -join "`n") + '}' | Set-Content big.psd1
(Import-PowerShellDataFile big.psd1 -SkipLimitCheck).Count
try { Import-PowerShellDataFile big.psd1 } catch { $_.FullyQualifiedErrorId }
