# System.Security.Cryptography: SHA1/SHA256/SHA384/SHA512/MD5 Create, ComputeHash (array, part, stream), HashData, HashAlgorithm.Create, Dispose
$sha = [System.Security.Cryptography.SHA256]::Create()
$bytes = [Text.Encoding]::UTF8.GetBytes('hello')
([BitConverter]::ToString($sha.ComputeHash($bytes)) -replace '-').ToLower()
$sha.HashSize
$sha.Hash.Count
$sha.GetType().FullName
$sha -is [System.Security.Cryptography.HashAlgorithm]
[Convert]::ToHexString([System.Security.Cryptography.MD5]::HashData($bytes))
[Convert]::ToHexString([System.Security.Cryptography.SHA1]::Create().ComputeHash($bytes, 1, 3))
$ms = [System.IO.MemoryStream]::new($bytes)
[Convert]::ToHexString([System.Security.Cryptography.SHA512]::Create().ComputeHash($ms)).Length
[Convert]::ToHexString([System.Security.Cryptography.HashAlgorithm]::Create('SHA384').ComputeHash($bytes)).Substring(0, 16)
$null -eq [System.Security.Cryptography.HashAlgorithm]::Create('Whirlpool')
$sha.Dispose()
try { $sha.ComputeHash($bytes) } catch { $_.Exception.InnerException.GetType().FullName }
try { [System.Security.Cryptography.SHA256]::Create().ComputeHash($bytes, 3, 5) } catch { $_.FullyQualifiedErrorId }
