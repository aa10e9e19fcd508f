# -f uses .NET composite formatting: index, alignment and format strings.
'{0,5}|{1,-5}|' -f 1, 'ab'
'{0:N2}' -f 1234.5
'{0:D4}' -f 42
'{0:X}' -f 255
'{0:x4}' -f 255
'{0:F3}' -f 3.14159
'{0:E2}' -f 12345
'{0:0.00}' -f 3.14159
'{0:#,##0}' -f 1234567
'{{literal}} {0}' -f 1
'{1}{0}{1}' -f 'a', 'b'
'{0:yyyy-MM-dd}' -f [datetime]'2020-01-02'
'{0}' -f $null
'[{0}]' -f ''
