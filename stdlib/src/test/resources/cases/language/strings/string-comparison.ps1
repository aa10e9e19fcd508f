# Operators compare strings case-insensitively with culture rules; -c variants are case-sensitive.
'a' -lt 'B'
'apple' -lt 'Banana'
'A' -eq 'a'
'A' -ceq 'a'
'abc' -ieq 'ABC'
'a' -clt 'A'
'Z' -gt 'a'
'10' -lt '9'
