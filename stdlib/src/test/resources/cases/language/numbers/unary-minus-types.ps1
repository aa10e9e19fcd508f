# unary minus keeps a short or a float in its type; byte and sbyte become int (pwsh's UnaryMinus binder)
(-[int16]5).GetType().Name
-[int16]5
(-[int16]::MinValue)
(-[single]1.5).GetType().Name
(-[byte]5).GetType().Name
(-[sbyte]5).GetType().Name
(-5).GetType().Name
(-5L).GetType().Name
(-1.5).GetType().Name
(-1.5d).GetType().Name
(-'3').GetType().Name
$s = [int16]7
(-$s).GetType().Name
