# Get-Error shows the newest error with all its details: exceptions, records and invocation infos expanded
function Fail { 1/0 }
try { Fail } catch { }
Get-Error

# several are numbered and grouped by PSErrorIndex
Write-Error 'second' -TargetObject 42 -ErrorAction SilentlyContinue
Get-Error -Newest 2
(Get-Error -Last 2).PSErrorIndex

# what comes out is the record itself, typed so that its details show rather than the error view
$shown = Get-Error
$shown.FullyQualifiedErrorId
$shown.PSObject.TypeNames[0]
$shown.PSObject.TypeNames -contains 'System.Management.Automation.ErrorRecord'
$Error[0].PSObject.TypeNames[0]

# an exception piped in; anything else is passed over
$Error[1].Exception | Get-Error
'not an error' | Get-Error

# collections show an element a line, dictionaries a key a line, sorted; empty values are left out
try {
    $record = [System.Management.Automation.ErrorRecord]::new([InvalidOperationException]::new('custom'),
        'Custom.Id', 'InvalidOperation', @('first', 2))
    $record.ErrorDetails = "details`nover two lines"
    throw $record
} catch { }
Get-Error
