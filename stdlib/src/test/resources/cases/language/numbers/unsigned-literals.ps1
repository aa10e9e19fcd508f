# Suffixes u, ul, us, uy and y make uint (or ulong when too large), ulong, ushort, byte and sbyte.
(5u).GetType().FullName
(5000000000u).GetType().Name
(5ul).GetType().Name
(5us).GetType().Name
(5uy).GetType().Name
(5y).GetType().Name
(-5y).GetType().Name
0xFFFFFFFFu
(0xFFFFFFFFu).GetType().Name
0xFFFFFFFFFFFFFFFFul
0xFFy
0b11111111uy
5u -is [uint32]
5u -is [int]
5ul -is [ulong]
5us -is [uint16]
