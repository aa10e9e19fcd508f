# Integer literals take the smallest of int, long, decimal, double that holds them.
(2147483647).GetType().Name
(2147483648).GetType().Name
(9223372036854775807).GetType().Name
(9223372036854775808).GetType().Name
(79228162514264337593543950336).GetType().Name
(1e3).GetType().Name
(1.0).GetType().Name
1e3
