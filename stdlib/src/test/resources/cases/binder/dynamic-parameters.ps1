# dynamicparam blocks: RuntimeDefinedParameters, their attributes, binding, sets and Get-Command
function Get-Dyn {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string]$Kind = 'a')
    dynamicparam {
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $attributes = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $attributes.Add([System.Management.Automation.ParameterAttribute]@{ Mandatory = $false; Position = 1 })
        $attributes.Add([System.Management.Automation.ValidateSetAttribute]::new('1', '2', '3'))
        $attributes.Add([System.Management.Automation.AliasAttribute]::new('N'))
        # the parameter depends on -Kind, bound before the block runs (its default is not given yet)
        $name = if ($Kind -eq 'b') { 'Beta' } else { 'Alpha' }
        $dictionary.Add($name, [System.Management.Automation.RuntimeDefinedParameter]::new($name, [int], $attributes))
        $switchAttributes = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $switchAttributes.Add([Parameter]@{})
        $dictionary.Add('Flag', [System.Management.Automation.RuntimeDefinedParameter]::new('Flag', [switch], $switchAttributes))
        $dictionary
    }
    end {
        $values = foreach ($entry in $PSBoundParameters.GetEnumerator()) { "$($entry.Key)=$($entry.Value)" }
        "Kind=$Kind bound: $($values -join ', ')"
    }
}
Get-Dyn
Get-Dyn -Alpha 1
Get-Dyn a 3
Get-Dyn -N 2 -Flag
Get-Dyn b -Beta 2 -Flag:$false
'---- errors'
Get-Dyn a -Beta 2
Get-Dyn a 9
Get-Dyn a z
'---- parameter sets: a dynamic parameter in a set the arguments excluded'
function Get-Sets {
    [CmdletBinding(DefaultParameterSetName = 'A')]
    param([Parameter(ParameterSetName = 'A')]$A, [Parameter(ParameterSetName = 'B')]$B)
    dynamicparam {
        $d = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $attrs = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $attrs.Add([Parameter]@{ ParameterSetName = 'B'; Mandatory = $true })
        $d.Add('OnlyB', [System.Management.Automation.RuntimeDefinedParameter]::new('OnlyB', [string], $attrs))
        $d
    }
    end { "$($PSCmdlet.ParameterSetName): $($PSBoundParameters.Keys -join ',')" }
}
Get-Sets -B 1 -OnlyB x
Get-Sets -OnlyB x
Get-Sets -A 1 -OnlyB x
Get-Sets -B 1
'---- a block returning nothing, or the wrong objects'
function No-Dyn { [CmdletBinding()] param() dynamicparam { } end { 'ran' } }
No-Dyn
function Bad-Dyn { [CmdletBinding()] param() dynamicparam { 1; 2 } end { 'ran' } }
Bad-Dyn
'---- the RuntimeDefinedParameter after binding'
function Get-Value {
    [CmdletBinding()]
    param()
    dynamicparam {
        $script:parameter = [System.Management.Automation.RuntimeDefinedParameter]::new('Size', [int],
            [System.Collections.ObjectModel.Collection[System.Attribute]]::new())
        $d = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $d.Add('Size', $script:parameter)
        $d
    }
    end { "Size=$($PSBoundParameters['Size']) variable=$(Test-Path variable:local:Size)" }
}
Get-Value -Size '42'
"Value=$($parameter.Value) IsSet=$($parameter.IsSet) Type=$($parameter.ParameterType.Name)"
'---- Get-Command shows them'
$command = Get-Command Get-Dyn
$command.Parameters.Keys -join ','
$command.Parameters['Alpha'].IsDynamic
$command.Parameters['Kind'].IsDynamic
Get-Command Get-Dyn -Syntax
Get-Command Get-Sets -Syntax
'---- Get-ChildItem: the FileSystem provider''s parameters'
$null = New-Item -ItemType Directory sub
$null = New-Item -ItemType File a.txt
Get-ChildItem -Name -File
Get-ChildItem -Name -Directory
(Get-Command Get-ChildItem).Parameters['File'].IsDynamic
Get-ChildItem Env: -File
