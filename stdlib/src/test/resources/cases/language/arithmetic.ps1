# Arithmetic follows the left operand's type; integers widen on overflow.
1 + 2 * 3
(1 + 2) * 3
7 / 2
6 / 2
-7 % 2
2147483647 + 1
0.1 + 0.2
1 + "2"
"1" + 2
"ab" * 3
10 - 4 - 3
- 5 + 2
