# Backtick escapes in double-quoted strings.
"a`tb"
"line1`nline2"
[int][char]"`e"
[int][char]"`a"
[int][char]"`b"
[int][char]"`f"
[int][char]"`v"
[int][char]"`r"
[int][char]"`0"
"`u{41}`u{42}"
"`u{1F600}".Length
"`$x and `"quoted`" and ``"
"`q"
