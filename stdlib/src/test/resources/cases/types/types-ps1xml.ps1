# Update-TypeData with types.ps1xml files, and module manifests' TypesToProcess.
function Show-Error($e) { "$($e.Exception.Message) | $($e.FullyQualifiedErrorId)" }

@'
<?xml version="1.0" encoding="utf-8"?>
<Types>
  <Type>
    <Name>Demo.Person</Name>
    <Members>
      <ScriptProperty>
        <Name>FullName</Name>
        <GetScriptBlock>"$($this.First) $($this.Last)"</GetScriptBlock>
      </ScriptProperty>
      <NoteProperty>
        <Name>Kind</Name>
        <Value>person</Value>
      </NoteProperty>
      <AliasProperty>
        <Name>Surname</Name>
        <ReferencedMemberName>Last</ReferencedMemberName>
      </AliasProperty>
      <ScriptMethod>
        <Name>Greet</Name>
        <Script>param($greeting) "$greeting, $($this.First)!"</Script>
      </ScriptMethod>
      <MemberSet>
        <Name>PSStandardMembers</Name>
        <Members>
          <PropertySet>
            <Name>DefaultDisplayPropertySet</Name>
            <ReferencedProperties>
              <Name>FullName</Name>
              <Name>Age</Name>
            </ReferencedProperties>
          </PropertySet>
        </Members>
      </MemberSet>
    </Members>
  </Type>
  <Type>
    <Name>System.Int32</Name>
    <Members>
      <ScriptProperty>
        <Name>Squared</Name>
        <GetScriptBlock>$this * $this</GetScriptBlock>
      </ScriptProperty>
    </Members>
  </Type>
</Types>
'@ | Set-Content demo.types.ps1xml

Update-TypeData -Path ./demo.types.ps1xml
$p = [pscustomobject]@{ PSTypeName = 'Demo.Person'; First = 'Ada'; Last = 'Lovelace'; Age = 36 }
$p.FullName
$p.Kind
$p.Surname
$p.Greet('Hello')
(7).Squared
$p | Format-Table
$p | Format-List
$p | Get-Member -MemberType ScriptProperty, ScriptMethod | ForEach-Object { "$($_.Name) $($_.MemberType)" }
(Get-TypeData Demo.Person).DefaultDisplayPropertySet.ReferencedProperties -join ','

# The same file again adds nothing (and no error); Update-TypeData alone reads the files again.
Update-TypeData -AppendPath ./demo.types.ps1xml
(Get-TypeData Demo.Person).Members.Keys -join ','
(Get-Content ./demo.types.ps1xml -Raw).Replace('$this * $this', '$this * 10') | Set-Content ./demo.types.ps1xml
(7).Squared
Update-TypeData
(7).Squared

# A file prepended wins over the others for a member both give: the later one is the error.
@'
<Types>
  <Type>
    <Name>System.Int32</Name>
    <Members>
      <NoteProperty><Name>Squared</Name><Value>first</Value></NoteProperty>
    </Members>
  </Type>
</Types>
'@ | Set-Content first.types.ps1xml
Update-TypeData -PrependPath ./first.types.ps1xml -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]
(7).Squared

# Remove-TypeData -Path takes a file's types away.
Remove-TypeData -Path ./demo.types.ps1xml
$null -eq $p.FullName
(7).Squared
Remove-TypeData -Path ./demo.types.ps1xml -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]

# Paths that name no file, and files without the .ps1xml extension.
Update-TypeData -AppendPath ./missing.ps1xml -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]
Set-Content notes.txt 'x'
Update-TypeData -AppendPath ./notes.txt -ErrorVariable err -ErrorAction SilentlyContinue
$err[0].FullyQualifiedErrorId

# A module manifest's TypesToProcess are loaded with the module.
New-Item -ItemType Directory ./TypedModule | Out-Null
@'
<Types>
  <Type>
    <Name>Typed.Thing</Name>
    <Members>
      <ScriptMethod><Name>Describe</Name><Script>"thing $($this.Id)"</Script></ScriptMethod>
    </Members>
  </Type>
</Types>
'@ | Set-Content ./TypedModule/Typed.types.ps1xml
'function New-Thing($id) { [pscustomobject]@{ PSTypeName = "Typed.Thing"; Id = $id } }' | Set-Content ./TypedModule/TypedModule.psm1
"@{ RootModule = 'TypedModule.psm1'; ModuleVersion = '1.0'; TypesToProcess = @('Typed.types.ps1xml') }" | Set-Content ./TypedModule/TypedModule.psd1
Import-Module ./TypedModule/TypedModule.psd1
(New-Thing 5).Describe()
(Get-Module TypedModule).ExportedTypeFiles | Split-Path -Leaf
# Remove-Module takes the module's type data away.
Remove-Module TypedModule
@(Get-TypeData Typed.Thing).Count

# A file with what pwsh's reader rejects: the type is left out, the others are read.
@'
<Types>
  <Type>
    <Name>Bad.Depth</Name>
    <Members>
      <MemberSet>
        <Name>PSStandardMembers</Name>
        <Members>
          <NoteProperty><Name>SerializationDepth</Name><Value>deep</Value></NoteProperty>
        </Members>
      </MemberSet>
    </Members>
  </Type>
  <Type>
    <Name>Good.Type</Name>
    <Members>
      <NoteProperty><Name>Fine</Name><Value>yes</Value></NoteProperty>
    </Members>
  </Type>
</Types>
'@ | Set-Content mixed.types.ps1xml
Update-TypeData -AppendPath ./mixed.types.ps1xml -ErrorAction SilentlyContinue -ErrorVariable err
$err.Count
@(Get-TypeData Bad.Depth).Count
([pscustomobject]@{ PSTypeName = 'Good.Type' }).Fine
