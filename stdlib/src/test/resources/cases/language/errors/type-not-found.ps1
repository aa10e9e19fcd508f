# An unknown type is reported when its literal is reached, about the name as written and positioned on the literal
try { $x = 1 + [No.Such.Type]::Value } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.ToString()
    $_.TargetObject.GetType().Name
    $_.TargetObject.FullName
    $_.InvocationInfo.OffsetInLine
    $_.InvocationInfo.PositionMessage
}
