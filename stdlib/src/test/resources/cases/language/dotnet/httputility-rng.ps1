# System.Web.HttpUtility and System.Security.Cryptography.RandomNumberGenerator
[System.Web.HttpUtility]::UrlEncode('a b&c=d/é~!*()')
[System.Net.WebUtility]::UrlEncode('a b&c=d/é')
[System.Web.HttpUtility]::UrlDecode('a+b%26c%3dd')
[System.Web.HttpUtility]::HtmlEncode('<a & b>')
$rng = [System.Security.Cryptography.RandomNumberGenerator]::Create()
$buf = [byte[]]::new(32); $rng.GetBytes($buf); $buf.Count; ($buf | Where-Object { $_ -ne 0 }).Count -gt 20
$nz = [byte[]]::new(64); $rng.GetNonZeroBytes($nz); ($nz | Where-Object { $_ -eq 0 }).Count
[System.Security.Cryptography.RandomNumberGenerator]::GetBytes(16).Count
$i = [System.Security.Cryptography.RandomNumberGenerator]::GetInt32(5, 10); $i -ge 5 -and $i -lt 10
try { [System.Security.Cryptography.RandomNumberGenerator]::GetInt32(3, 3) } catch { $_.Exception.InnerException.Message }
$rng.Dispose()
$rng.GetType().FullName
