# Strings convert to numbers through the number-literal scanner first, then invariant parsing.
[int]'0x10'
[int]'1kb'
[int]'  42  '
[int]''
[double]'1.5e3'
[long]'-12'
[int]'0b11'
[double]'.5'
[decimal]'2.50'
[int]'+7'
# about_Numeric_Literals: the integer TypeConverters also read hexadecimal after &h or #
[int] '&hF' -eq 0xF
[int] '#F' -eq 0xF
[byte] '#FF'
