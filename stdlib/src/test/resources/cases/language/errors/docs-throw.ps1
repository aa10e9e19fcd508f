# about_Throw: an exception made without a message has .NET's default one
$formatError = New-Object System.FormatException
try { throw $formatError } catch {
    $_.Exception.Message
    $_.CategoryInfo.Category
    $_.FullyQualifiedErrorId
}
[System.InvalidOperationException]::new().Message
[System.NotSupportedException]::new().Message
[System.NotImplementedException]::new().Message
[System.IO.IOException]::new().Message
[System.IndexOutOfRangeException]::new().Message
[System.InvalidCastException]::new().Message
[System.DivideByZeroException]::new().Message
[System.Collections.Generic.KeyNotFoundException]::new().Message
# a message given is the exception's own
[System.FormatException]::new('bad input').Message
[System.Exception]::new().Message
