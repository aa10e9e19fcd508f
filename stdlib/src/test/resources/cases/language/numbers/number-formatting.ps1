# Numbers convert to strings with the invariant culture; doubles show up to 15 significant digits.
1 / 3
0.1 + 0.2
[double]1e20
1e-5
[float]0.1
"$(1.5)"
[string]2.50
[string]2.50d
12345678901234567890
1.0
