# [char] converts from a one-character string or a code point; char ranges give chars.
[char]'a'
[int][char]'A'
[char]97
([char]'x').GetType().Name
'a'[0] -eq [char]'a'
[char]'a' -eq 'A'
[char]'a' -ceq 'A'
('a'..'c')[1].GetType().Name
[char]::IsDigit('5')
