# Ranges, bitwise operators and -is/-isnot/-as with type names.
1..3
3..1
-1..-2
'a'..'c'
5 -band 3
5 -bor 3
5 -bxor 3
1 -shl 4
-16 -shr 2
-bnot 5
5 -is 'int'
'x' -isnot 'string'
'42' -as 'int'
'x' -as 'int'
$null -eq ('x' -as 'int')
