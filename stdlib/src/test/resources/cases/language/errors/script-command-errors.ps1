# An error an advanced function reports through $PSCmdlet names the function after the comma of its id, and its
# position is the function's invocation, as pwsh's SetInvocationInfo makes it
function Get-Thing {
    [CmdletBinding()]
    param()
    $record = [System.Management.Automation.ErrorRecord]::new([InvalidOperationException]::new('no thing'),
        'ThingNotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, 'thing')
    $PSCmdlet.ThrowTerminatingError($record)
}
try { Get-Thing } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.ToString()
    $_.CategoryInfo.Category -eq 'ObjectNotFound'
    $_.InvocationInfo.Line
}

# a caught cmdlet error passed on by a function is the function's now
function Get-Wrapped {
    [CmdletBinding()]
    param()
    try { Get-Item ./nope -ErrorAction Stop } catch { $PSCmdlet.ThrowTerminatingError($_) }
}
try { Get-Wrapped } catch { $_.FullyQualifiedErrorId }

# ErrorCategory is the .NET enum, and the records scripts make take it or its name
[System.Management.Automation.ErrorCategory]::ObjectNotFound.value__
[System.Management.Automation.ErrorCategory]'InvalidData'
$copy = [System.Management.Automation.ErrorRecord]::new(
    [System.Management.Automation.ErrorRecord]::new([Exception]::new('original'), 'Copied', 'ReadError', $null), $null)
"$($copy.FullyQualifiedErrorId) $($copy.CategoryInfo.Category) $copy"
$details = [System.Management.Automation.ErrorRecord]::new([Exception]::new('plain'), 'Detailed', 'NotSpecified', $null)
$details.ErrorDetails = 'shown instead'
"$details / $($details.Exception.Message)"

# a RuntimeException's ErrorRecord holds a ParentContainsErrorRecordException, whose record holds none
try { 1/0 } catch {
    $_.Exception.ErrorRecord.Exception.GetType().FullName
    $_.Exception.ErrorRecord.FullyQualifiedErrorId
    $_.Exception.ErrorRecord.Exception.ErrorRecord -eq $null
}

# Write-Error reports its error as its caller's: the function, at the function's invocation; a script by its name
function Test-Writer { Write-Error 'written' }
Test-Writer 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId; $_.InvocationInfo.Line; $_.CategoryInfo.Activity }
Set-Content -Path ./writer.ps1 -Value "Write-Error 'from the script'"
./writer.ps1 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId; $_.InvocationInfo.Line }
Test-Writer

# .NET's argument exceptions name their parameter, in the message and as ParamName; FileNotFoundException its file
$argument = [System.ArgumentException]::new('bad value', 'Name')
"$($argument.Message) / $($argument.ParamName)"
[System.ArgumentNullException]::new('Path').Message
[System.ArgumentOutOfRangeException]::new('Count', 'too big').Message
[System.IO.FileNotFoundException]::new('not there', 'f.txt').FileName
try { throw [ArgumentException]::new('m', 'p') } catch [ArgumentException] { "caught $($_.Exception.ParamName): $_" }

# a script block run with & is a ScriptInfo command: no name, its text as its definition and string; Write-Error in
# it names the block by its text in the view and adds no name to the id
& { $MyInvocation.MyCommand.CommandType; "[$($MyInvocation.MyCommand.Name)]"; $MyInvocation.MyCommand.GetType().Name }
& { Write-Error 'from a block' } 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId }
