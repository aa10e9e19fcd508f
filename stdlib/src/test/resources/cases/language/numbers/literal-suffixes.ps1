# Type suffixes: l long, d decimal, s short, n bigint.
(10l).GetType().Name
(10d).GetType().Name
(10s).GetType().Name
(10n).GetType().Name
1.5d
10n * 10n
(0x7fffs).GetType().Name
12345678901234567890123n
