# Import-Clixml gives back what Export-Clixml wrote, rehydrated as pwsh rehydrates it: primitives as themselves,
# collections and dictionaries inside objects whose type names say Deserialized, other objects as property bags.
$data = [pscustomobject]@{
    Name  = 'x'
    Count = 3
    When  = [datetime]'2024-02-29T13:14:15'
    Tags  = 'a', 'b'
    Map   = @{ k = 'v' }
    Inner = [pscustomobject]@{ Deep = 1 }
}
$data | Export-Clixml data.xml
$back = Import-Clixml data.xml
$back.pstypenames
$back | Format-List Name, Count, Tags, Inner
'{0} {1}' -f $back.When.GetType().FullName, $back.When.Kind
'{0} {1} {2}' -f $back.Tags.GetType().FullName, $back.Tags.pstypenames[0], $back.Tags.Count
'{0} {1} {2}' -f $back.Map.GetType().FullName, $back.Map.pstypenames[0], $back.Map.k
$back.Inner.pstypenames[0]

# A collection is one object, as it was exported; an object written twice comes back as one object.
Export-Clixml -InputObject (1, 2, 3) -Path list.xml
(Import-Clixml list.xml | Measure-Object).Count
(Import-Clixml list.xml).Count
$shared = [pscustomobject]@{ Id = 1 }
$shared, $shared | Export-Clixml refs.xml
$refs = Import-Clixml refs.xml
[object]::ReferenceEquals($refs[0], $refs[1])

# .NET objects keep the properties written and their string; a PSCredential is a credential again.
class Pt { [int]$X; [object]$Inner }
[Pt]@{ X = 1; Inner = [Pt]@{ X = 2 } } | Export-Clixml pt.xml
$pt = Import-Clixml pt.xml
'{0} {1} {2} {3}' -f $pt.pstypenames[0], $pt.X, $pt.Inner.X, "$pt"
[pscredential]::new('user', (ConvertTo-SecureString 'pa ss' -AsPlainText -Force)) | Export-Clixml credential.xml
$credential = Import-Clixml credential.xml
'{0} {1} {2}' -f $credential.GetType().FullName, $credential.UserName, $credential.GetNetworkCredential().Password

# Null and an empty document; a file in UTF-16 with its byte-order mark; the #< CLIXML line pwsh writes on a console.
Export-Clixml -InputObject $null -Path null.xml
$null -eq (Import-Clixml null.xml)
@() | Export-Clixml empty.xml
@(Import-Clixml empty.xml).Count
'über' | Export-Clixml -Path utf16.xml -Encoding bigendianunicode
Import-Clixml utf16.xml
Set-Content directive.xml -Value '#< CLIXML', (Get-Content list.xml -Raw)
(Import-Clixml directive.xml) -join ','

# Paging counts the items of collections: -Skip and -First unroll them; -IncludeTotalCount cannot know the count.
1..5 | Export-Clixml numbers.xml
(Import-Clixml numbers.xml -Skip 1 -First 2) -join ','
(Import-Clixml list.xml -First 2) -join ','
Import-Clixml numbers.xml -IncludeTotalCount -First 1
@{ only = 1 } | Export-Clixml table.xml
Import-Clixml table.xml -First 1 | ForEach-Object { '{0} {1}={2}' -f $_.GetType().Name, $_.Key, $_.Value }

# Files come from the pipeline too, by path or as the items Get-ChildItem gives (PSPath binds -LiteralPath).
'numbers.xml' | Import-Clixml | Measure-Object -Sum | ForEach-Object Sum
Get-ChildItem list.xml | Import-Clixml | ForEach-Object Count
Import-Clixml -LiteralPath "$PWD/numbers.xml" -First 1
