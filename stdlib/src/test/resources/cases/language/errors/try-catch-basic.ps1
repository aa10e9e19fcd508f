try {
    'in try'
    throw 'boom'
    'not reached'
} catch {
    "caught: $_"
    $_.FullyQualifiedErrorId
    $_.Exception.Message
    $_.Exception.GetType().FullName
    $_.CategoryInfo.Category
    $_.TargetObject
    $_.InvocationInfo.ScriptLineNumber
} finally {
    'finally'
}
'after'
