try {
    try { throw 'inner' } catch { "inner caught: $_"; throw }
} catch {
    "outer caught: $_ ($($_.FullyQualifiedErrorId))"
}
try {
    try { 1/0 } catch [System.DivideByZeroException] { 'typed'; throw }
} catch {
    "rethrown keeps the record: $($_.Exception.GetType().Name) $($_.InvocationInfo.ScriptLineNumber)"
}
try { throw } catch { "bare throw: $_ / $($_.FullyQualifiedErrorId) / $($_.CategoryInfo)" }
try { throw $null } catch { "throw null: $_" }
try { throw 42 } catch { "$($_.TargetObject.GetType().Name): $($_.CategoryInfo)" }
try { throw @{ a = 1 } } catch { "hashtable: $($_.TargetObject.a)" }
try { try { throw 'first' } catch { $saved = $_ } ; throw $saved } catch { "record rethrown: $_ line $($_.InvocationInfo.ScriptLineNumber)" }
