# A conversion through a one-argument constructor finds it as .NET's GetConstructor does: of the value's type, or of
# a primitive type the value widens to, so an int becomes TimeSpan(long ticks) and DateTime(long ticks).
([timespan]0).ToString()
([timespan]10).Ticks
([datetime]10).Ticks
# a date minus an int is a date minus that many ticks (op_Subtraction(DateTime, TimeSpan))
$d = [datetime]::new(2024, 1, 2)
($d - 1).Ticks -eq ($d.Ticks - 1)
# a double does not widen to long: no constructor
try { [timespan]1.5 } catch { $_.FullyQualifiedErrorId }
