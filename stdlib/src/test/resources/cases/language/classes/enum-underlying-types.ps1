# enums on every integral type: value__ is the underlying type, casts convert through it
enum B : byte { A = 1; Z = 255 }
enum S : sbyte { M = -128; P = 127 }
enum Sh : short { Low = -32768 }
enum US : ushort { High = 65535 }
enum I : int { A = -1 }
enum U : uint { Big = 4000000000; Small = 1 }
enum L : long { X = 5000000000 }
enum UL : ulong { One = 1; Max = 18446744073709551615 }
foreach ($t in [B], [S], [Sh], [US], [I], [U], [L], [UL]) {
    '{0}: {1} {2}' -f $t.Name, [enum]::GetUnderlyingType($t).Name, (([enum]::GetValues($t) | ForEach-Object { $_.value__ }) -join ',')
}
[B]::Z.value__.GetType().Name
[int][B]::Z
[U]::Big.value__
[U]4000000000
[long][U]::Big
[UL]::Max.value__
[UL]([ulong]::MaxValue)
[ulong][UL]::Max
[UL]::Max -gt [UL]::One
[int][S]::M
[S]'P'
# Enum.ToObject cuts a number to the enum's width
[B]257
[enum]::GetNames([S]) -join ','

[Flags()] enum F : byte { R = 1; W = 2; X = 4 }
$rw = [F]::R -bor [F]::W
$rw
$rw.value__.GetType().Name
[F]7
[int]([F]::R -band [F]::W)
-bnot [F]::R
(-bnot [F]::R).value__
[Flags()] enum Wide : ulong { Low = 1; Top = 0x8000000000000000u }
([Wide]::Low -bor [Wide]::Top).value__
[Wide]::Low -bor [Wide]::Top

[int][U]::Big
'after'
