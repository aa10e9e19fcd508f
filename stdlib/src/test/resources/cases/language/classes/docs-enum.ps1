# about_Enum: a const field of a type is a constant enumerator value
$IntegralTypes = 'byte', 'sbyte', 'short', 'ushort', 'int', 'uint', 'long', 'ulong'
$DefinitionTemplate = @"
enum {0}Enum : {0} {{
    Min = [{0}]::MinValue
    Max = [{0}]::MaxValue
}}

[{0}Enum]
"@
$EnumTypes = @()
foreach ($IntegralType in $IntegralTypes) {
    $Definition  = $DefinitionTemplate -f $IntegralType
    $ScriptBlock = [scriptblock]::Create($Definition)
    $EnumTypes  += . $ScriptBlock
}
foreach ($EnumType in $EnumTypes) {
    '{0} {1} {2}' -f $EnumType.Name, [long][System.Enum]::Parse($EnumType, 'Min').value__,
        $EnumType::Max.value__
}

# a static property is not constant; [scriptblock]::Create's parse errors are the call's exception
try {
    [scriptblock]::Create('enum Later { Now = [datetime]::Now }')
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.Message
}
'after'
