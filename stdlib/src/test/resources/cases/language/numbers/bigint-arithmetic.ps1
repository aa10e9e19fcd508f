# about_Arithmetic_Operators: an operation with a [bigint] is BigInteger's own operator, to which a double or
# decimal operand converts explicitly, dropping its fraction
[bigint]1 / 1.9
1 / [bigint]1.9
([bigint]1 / 1.9).GetType().Name
[bigint]1 + 1.9
1.9 - [bigint]1
[bigint]7 % 2.5
2.5d * [bigint]3
[bigint]10 / 4
