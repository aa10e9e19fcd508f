# `u{...} takes up to six hex digits, giving a surrogate pair above U+FFFF.
$s = "`u{1F600}"
[int]$s[0]
[int]$s[1]
[char]::ConvertToUtf32($s, 0)
"`u{E9}" -eq [char]0xE9
