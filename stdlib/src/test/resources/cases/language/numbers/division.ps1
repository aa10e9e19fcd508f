# Division is exact when it can be and double otherwise; % keeps the dividend's sign.
6 / 2
(6 / 2).GetType().Name
7 / 2
(7 / 2).GetType().Name
(2147483648 / 2).GetType().Name
-7 % 3
7 % -3
5.5 % 2
10 / 2.5
1 / 8
