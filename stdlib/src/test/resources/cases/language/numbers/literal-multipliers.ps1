# kb mb gb tb pb multiply by powers of 1024; they combine with suffixes and decimals.
1kb
2mb
1gb
(1gb).GetType().Name
1tb
(1tb).GetType().Name
1.5kb
(1.5kb).GetType().Name
1pb
