[int]::MaxValue
[int]::MinValue
[long]::MaxValue
[double]::Parse('1.5') * 2
[decimal]::Parse('0.1') + [decimal]::Parse('0.2')
[int]::Parse('42') + 1
[double]::MaxValue
[byte]::MaxValue
