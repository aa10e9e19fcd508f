# A script that does not parse fails the command that runs it, as a terminating error the caller can catch.
Set-Content ./bad.ps1 '$x = 3 *'
try { & ./bad.ps1 } catch { "caught $($_.FullyQualifiedErrorId)"; ($_.Exception.Message -split "`n")[1..3] }
& {
    $ErrorActionPreference = 'SilentlyContinue'
    . ./bad.ps1
    "status $?, recorded $($Error[0].FullyQualifiedErrorId)"
}
'the caller goes on'
