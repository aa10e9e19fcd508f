# A scope qualifier on a function's name says where the function is defined, as on a variable
function Install-Helpers {
    function global:Get-GlobalHelper { 'global helper' }
    function script:Get-ScriptHelper { 'script helper' }
    function local:Get-LocalHelper { 'local helper' }
    Get-LocalHelper
}
Install-Helpers
Get-GlobalHelper
Get-ScriptHelper
try { Get-LocalHelper } catch { "Get-LocalHelper: $($_.FullyQualifiedErrorId)" }
(Get-Command Get-GlobalHelper).Name

# private: only the scope that defines it sees it, not the scopes under it
function private:Get-Secret { 'secret' }
Get-Secret
. { Get-Secret }
& { try { Get-Secret } catch { "child scope: $($_.FullyQualifiedErrorId)" } }
function Use-Secret { Get-Secret }
try { Use-Secret } catch { "function: $($_.FullyQualifiedErrorId)" }
foreach ($i in 1..2) { Get-Secret }
