# Decimal arithmetic is exact and stays decimal with integer operands on either side.
0.1 + 0.2 -eq 0.3
0.1d + 0.2d -eq 0.3d
$d = 1.1d + 2.2d
$d
$d.GetType().Name
(1d + 1).GetType().Name
(1 + 1d).GetType().Name
1d / 3
10d / 4
[decimal]'1.50'
