# ToString with .NET numeric format strings.
(1234.5).ToString('N1')
(255).ToString('X2')
(7).ToString('000')
(3.14159).ToString('0.##')
(0.5).ToString('0%')
(1234567).ToString('#,#')
(-5).ToString('0;(0)')
