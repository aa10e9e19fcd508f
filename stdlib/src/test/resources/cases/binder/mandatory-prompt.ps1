# Missing mandatory parameters are asked for through the host, as pwsh's console host asks
function Get-Foo {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, HelpMessage = 'The name of the foo')][string]$Name,
        [Parameter(Mandatory)][int[]]$Count,
        [Parameter(Mandatory)][int]$Size
    )
    "Name=$Name Count=$($Count -join '+') ($($Count.GetType().Name)) Size=$Size"
}
'---- help, a bad command, elements until an empty line, answers that do not convert'
Get-Foo
'---- only what is missing; !"" and !!'
Get-Foo -Size 1 -Count 2
Get-Foo -Size 1 -Count 2
'---- a cmdlet'
Join-Path -Path parent
'---- mandatory parameters the pipeline gives are not asked for; the place of the command in its pipeline'
function Get-Bar { param([Parameter(Mandatory, ValueFromPipeline)]$InputObject, [Parameter(Mandatory)]$Tag) process { "$InputObject/$Tag" } }
Write-Output 1 2 | Get-Bar
'---- the input ending leaves them missing'
Get-Foo -Size 1
'after'
