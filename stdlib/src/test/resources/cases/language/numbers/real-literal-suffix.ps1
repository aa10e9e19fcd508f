# A real literal with an integer type suffix rounds to the nearest integer, halves to even (pwsh's Math.Round)
3.72y, -3.72s, 3.72uy, 3.72us, 3.72l, 3.72n | ForEach-Object { '{0} {1}' -f $_, $_.GetType().Name }
2.5y, 3.5s, 1e2l
