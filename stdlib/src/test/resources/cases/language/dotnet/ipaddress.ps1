# System.Net.IPAddress ([ipaddress]): Parse/TryParse of literals only, casts through Parse, IPv6 forms, mapping
$a = [System.Net.IPAddress]::Parse('192.168.1.10'); "$a"; $a.AddressFamily
$a.GetAddressBytes() -join '.'
[ipaddress]'10.0.0.1' -eq [ipaddress]::Parse('10.0.0.1')
"$([ipaddress]::Parse('2001:0db8:0000:0000:0000:0000:0000:0001'))"
"$([ipaddress]::Parse('fe80:0:0:0:1:0:0:1'))"
([ipaddress]'::1').AddressFamily
[ipaddress]::IsLoopback([ipaddress]::Loopback)
[ipaddress]::IsLoopback($a)
"$([ipaddress]::Any) $([ipaddress]::Broadcast) $([ipaddress]::IPv6Loopback) $([ipaddress]::IPv6Any)"
"$($a.MapToIPv6())"
"$($a.MapToIPv6().MapToIPv4())"
$out = $null; [ipaddress]::TryParse('300.1.1.1', [ref]$out); $null -eq $out
[ipaddress]::TryParse('127.0.0.1', [ref]$out); "$out"
try { [ipaddress]::Parse('localhost') } catch { $_.Exception.InnerException.Message }
"$([ipaddress]::new([byte[]](8, 8, 4, 4)))"
[ipaddress]"not-an-address"
