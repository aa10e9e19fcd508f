# -SupportedCommand given by a variable: the commands are checked each time the section runs, against
# the names the variable gives (converted to a string); ConvertFrom-StringData is allowed only when named.
function Get-Allowed { 'allowed' }
function Get-Other { 'other' }
$allowed = 'Get-Allowed'
data -SupportedCommand $allowed { Get-Allowed }
data Result -SupportedCommand $allowed, 'Get-Other' { Get-Allowed; Get-Other }
$Result -join ','
function Test-Data([scriptblock] $Code) {
    try {
        & $Code
    } catch {
        $lines = $_.Exception.Message -split "`n"
        "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($lines[-1])"
    }
}
Test-Data { data -SupportedCommand $allowed { Get-Other } }
Test-Data { data -SupportedCommand $allowed { ConvertFrom-StringData 'a=1' } }
Test-Data { $names = 'Get-Allowed', 'Get-Other'; data -SupportedCommand $names { Get-Allowed } }
Test-Data { $allowed = 'Get-Other'; data -SupportedCommand $allowed { Get-Allowed } }
Test-Data { data -SupportedCommand $allowed { & 'Get-Allowed' } }
