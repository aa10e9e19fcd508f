# pwsh widens to the wider operand type: uint stays uint while the result fits, byte/sbyte/short/ushort
# compute as int, and out-of-range results become double (a negative signed operand takes long or decimal).
function show($v) { '{0} {1}' -f $v, $v.GetType().Name }
show ([uint32]5 + 1)
show ([byte]255 + 1)
show ([sbyte]-5 * 2)
show ([uint16]65535 + 1)
show ([uint32]5 - 6)
show ([uint32]5 + -6)
show ([uint32]::MaxValue + 1)
show ([uint32]::MaxValue * [uint32]::MaxValue)
show ([uint32]7 / 2)
show ([uint32]8 / 2)
show ([uint32]10 % 3)
show ([uint64]::MaxValue + 1)
show ([uint64]5 + -6)
show ([uint64]5 * 3)
show ([long]::MaxValue + 1u)
show ([uint32]5 + 1.5)
show (1u + 2ul)
$x = [uint32]5; $x++
show $x
show (0xFFFFFFFFu -band 0xFF)
show ([uint32]5 -shr 1)
show (1u -shl 31)
show (-bnot 0u)
show (-bnot 0ul)
