# A typed parameter converts only in the binder's passes that coerce: a parameter taking pipeline input by
# value and by property name binds an object's property rather than the object converted (pwsh's
# ArgumentTypeConverterAttribute and ShouldContinueUncoercedBind)
function Get-Name {
    param([Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)][string]$Name)
    process { "[$Name]" }
}
[pscustomobject]@{ Name = 'n1' } | Get-Name
'plain' | Get-Name
42 | Get-Name
function Get-Count {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)][Alias('Length')][int]$Count)
    process { "<$Count>" }
}
'abcd' | Get-Count
[pscustomobject]@{ Count = '7' } | Get-Count
# no coercion by value comes first, so a string binds its Length by property name
'12' | Get-Count
