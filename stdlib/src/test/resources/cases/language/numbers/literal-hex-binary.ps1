# Hex and binary literals; a 32-bit hex pattern is a negative int.
0x10
0xff
0xFFFFFFFF
(0x100000000).GetType().Name
0b101
