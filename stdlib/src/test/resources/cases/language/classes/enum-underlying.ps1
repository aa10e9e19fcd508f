enum Level : byte { Low = 1; Mid; High = 200 }
[Level]::Mid
[Level]::Mid.value__
[Level]::High.value__.GetType().Name
[int][Level]::High
enum Order { Zeta = 3; Alpha = 1; Beta = 2 }
[enum]::GetNames([Order]) -join ' '
enum Signed { Minus = -1; Zero; Shifted = 1 -shl 4; Hex = 0x20 }
[int][Signed]::Minus
[int][Signed]::Zero
[int][Signed]::Shifted
[int][Signed]::Hex
[Signed]16
