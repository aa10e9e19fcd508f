# MaxValue/MinValue, Parse/TryParse, comparison, formatting and string conversion of the small and unsigned types.
[uint32]::MaxValue
[uint32]::MinValue
[uint]::MaxValue.GetType().FullName
[sbyte]::MinValue
[sbyte]::MaxValue
[ushort]::MaxValue
[uint16]::MinValue
[ulong]::MaxValue
[uint64]::MaxValue.GetType().Name
[uint32]::Parse('42')
try { [uint32]::Parse('-1') } catch { $_.Exception.InnerException.Message }
$r = 7u
[uint32]::TryParse('x', [ref]$r)
$r
[uint64]::TryParse('18446744073709551615', [ref]$r)
$r
[uint32]5 -gt 3
[uint64]::MaxValue -gt [long]::MaxValue
5u -eq 5
[sbyte]-1 -lt 0u
3u, 1u, 2u | Sort-Object
'{0:X}' -f 255u
(4294967295u).ToString('X')
([sbyte]-1).ToString('X')
([uint16]65535).ToString('X2')
'{0:N0}' -f 1234567u
"$(5u) and $([sbyte]-1) and $([ulong]::MaxValue)"
([uint32]5).CompareTo(7)
[bool]0u
5u | ConvertTo-Json
