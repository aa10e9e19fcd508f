# [PSTypeName('x')] on a parameter: each argument must carry the type name (PSObject.TypeNames)
function Get-Volume {
    param([PSTypeName('Storage.Volume')]$InputObject)
    "volume $($InputObject.Label)"
}
Get-Volume ([pscustomobject]@{ PSTypeName = 'Storage.Volume'; Label = 'data' })
try { Get-Volume ([pscustomobject]@{ Label = 'other' }) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
function Show-Volume {
    param([Parameter(ValueFromPipeline)][PSTypeName('Storage.Volume')][object[]]$InputObject)
    process { "shown $($InputObject.Label)" }
}
[pscustomobject]@{ PSTypeName = 'Storage.Volume'; Label = 'a' }, [pscustomobject]@{ Label = 'b' } |
    Show-Volume 2>&1 | ForEach-Object { "$_" }

# the System.Management.Automation.PSTypeName class: a type by name, $null when there is none
([System.Management.Automation.PSTypeName]'System.String').Type.FullName
$null -eq ([System.Management.Automation.PSTypeName]'No.Such.Type').Type
class Shelf { }
([System.Management.Automation.PSTypeName]'Shelf').Type.Name
[System.Management.Automation.PSTypeName]::new([int]).Name
