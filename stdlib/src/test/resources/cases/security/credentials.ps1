# PSCredential, SecureString and the secure-string cmdlets
$secure = ConvertTo-SecureString 'p@ss w0rd' -AsPlainText -Force
$secure
$secure.Length
$secure -is [securestring]
"$secure"
$cred = [pscredential]::new('contoso\alice', $secure)
$cred
$net = $cred.GetNetworkCredential()
$net.UserName, $net.Domain, $net.Password -join '|'
$mail = New-Object System.Management.Automation.PSCredential 'bob@example.com', $secure
$mail.GetNetworkCredential().UserName
[pscredential]::Empty.UserName -eq $null

# without a key: pwsh on Unix writes the UTF-16LE bytes in hex
$plain = ConvertFrom-SecureString $secure
$plain
ConvertTo-SecureString $plain | ConvertFrom-SecureString -AsPlainText

# with a key: the encrypted standard string round-trips, and starts with pwsh's header
$key = [byte[]](1..32)
$encrypted = ConvertFrom-SecureString $secure -Key $key
$encrypted.StartsWith('76492d1116743f0423413b16050a5345')
ConvertTo-SecureString $encrypted -Key $key | ConvertFrom-SecureString -AsPlainText
$secureKey = ConvertTo-SecureString '0123456789abcdef' -AsPlainText
$encrypted = $secure | ConvertFrom-SecureString -SecureKey $secureKey
ConvertTo-SecureString $encrypted -SecureKey $secureKey | ConvertFrom-SecureString -AsPlainText

# pwsh's format made by another AES implementation (openssl enc -aes-128-cbc, key 1..16, IV 16..31)
$fromOpenSsl = '76492d1116743f0423413b16050a5345MgB8AEUAQgBFAFMARQB4AFEAVgBGAGgAYwBZAEcAUgBvAGIASABCADAAZQBIAHcAPQA9AHwAYgA3ADIANAA5ADgAZQBlAGMAYwA0ADUAZgBkADAANAA1AGMAYwBhADcAZgBiAGUANAAyADQAMQBlADMAYQBkADAAZgA5ADUAOAAzAGMANwBiAGEAOAA3ADIAYQAxAGEAZgA4ADQAYQA2AGIANwA0ADIAMQA0AGIAOAA2ADUAZgA='
ConvertTo-SecureString $fromOpenSsl -Key ([byte[]](1..16)) | ConvertFrom-SecureString -AsPlainText

# errors
ConvertTo-SecureString $encrypted -Key ([byte[]](1..5))
ConvertTo-SecureString $fromOpenSsl -Key ([byte[]](2..17))
$c2 = [pscredential]::new('', $secure)

# [Credential()] lets a credential through without prompting
function Test-Cred { param([pscredential][Credential()]$Credential) $Credential.UserName }
Test-Cred -Credential $cred
Get-Credential -Credential $cred | ForEach-Object UserName
