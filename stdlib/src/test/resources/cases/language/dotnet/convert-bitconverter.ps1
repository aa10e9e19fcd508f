# [object] statics, System.Convert (bases, Base64, hex, conversions) and System.BitConverter
$a = 1,2; $b = $a
[object]::ReferenceEquals($a, $b)
[object]::ReferenceEquals($a, @(1,2))
[object]::ReferenceEquals(1, 1)
[object]::ReferenceEquals($null, $null)
[object]::Equals(1, 1)
[object]::Equals('a', 'A')
[object]::Equals($null, $null)
[object]::Equals($null, 1)
[Convert]::ToInt32('ff', 16)
[Convert]::ToInt32('0xFF', 16)
[Convert]::ToInt32('ffffffff', 16)
[Convert]::ToInt32('1010', 2)
[Convert]::ToInt32('-42', 10)
[Convert]::ToInt64('7fffffffffffffff', 16)
[Convert]::ToInt64('ffffffffffffffff', 16)
[Convert]::ToByte('ff', 16)
[Convert]::ToInt16('ffff', 16)
[Convert]::ToString(255, 2)
[Convert]::ToString(-1, 16)
[Convert]::ToString([long]-1, 16)
[Convert]::ToString([byte]255, 8)
[Convert]::ToString([int16]-2, 16)
[Convert]::ToString(1234, 10)
[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('hello world'))
[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('aGVsbG8g d29ybGQ='))
[Convert]::ToBase64String([byte[]](1,2,3,4,5), 1, 3)
[Convert]::ToHexString([byte[]](0, 15, 255))
([Convert]::FromHexString('00ff10') -join ',')
[Convert]::ToInt32(2.5)
[Convert]::ToInt32(3.5)
[Convert]::ToInt32('  12 ')
[Convert]::ToInt32($null)
[Convert]::ToInt32($true)
[Convert]::ToDouble('1.5')
[Convert]::ToBoolean('true')
[Convert]::ToBoolean(0)
[Convert]::ToString($null).Length
[Convert]::ToString(12.5)
[Convert]::ToChar(65)
[Convert]::ToChar('x')
[Convert]::ChangeType('42', [int]).GetType().Name
[Convert]::ToDecimal('1.25') * 2
[System.Convert]::ToInt64(7).GetType().Name
try { [Convert]::ToInt32('zz', 16) } catch { $_.Exception.Message }
try { [Convert]::ToInt32('12', 3) } catch { $_.Exception.Message }
try { [Convert]::ToInt32('-1', 16) } catch { $_.Exception.Message }
try { [Convert]::ToInt32('100000000', 16) } catch { $_.Exception.Message }
try { [Convert]::ToByte('-1', 10) } catch { $_.Exception.Message }
try { [Convert]::ToInt32('12.5') } catch { $_.Exception.Message }
try { [Convert]::FromBase64String('abc!') } catch { $_.Exception.Message }
try { [Convert]::FromHexString('abc') } catch { $_.Exception.Message }
try { [Convert]::ToChar('xy') } catch { $_.Exception.Message }
[BitConverter]::ToString([byte[]](1, 2, 255))
[BitConverter]::ToString([byte[]](1, 2, 255, 16), 1)
[BitConverter]::ToString([byte[]](1, 2, 255, 16), 1, 2)
([BitConverter]::GetBytes(1) -join ',')
([BitConverter]::GetBytes([long]-2) -join ',')
([BitConverter]::GetBytes($true) -join ',')
[BitConverter]::ToInt32([byte[]](1, 1, 0, 0), 0)
[BitConverter]::ToInt16([byte[]](0, 255, 255), 1)
[BitConverter]::ToDouble([BitConverter]::GetBytes(2.5), 0)
[BitConverter]::IsLittleEndian
try { [BitConverter]::ToInt32([byte[]](1, 2), 0) } catch { $_.Exception.Message }
