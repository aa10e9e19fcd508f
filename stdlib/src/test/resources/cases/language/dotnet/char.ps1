[char]::IsDigit('7')
[char]::IsLetter('x')
[char]::IsWhiteSpace(' ')
[char]::IsUpper('A')
[char]::ToUpper('q')
[char]::ToLower('Q')
[int][char]'A'
[char]65
