# Casts to sbyte/ushort/uint/ulong check the range; strings may be hexadecimal, read as the type's bits.
[uint32]'0xFFFFFFFF'
[uint64]'0xFFFFFFFFFFFFFFFF'
[int16]'0xFFFF'
[uint32]3.5
[uint32]2.5
[uint32]$null
[uint64]'18446744073709551615'
[sbyte]'-128'
[uint16]'65535'
[int][uint32]7
[uint32[]]@(1, 2) | ForEach-Object { $_.GetType().Name }
try { [uint32]-1 } catch { $_.Exception.Message }
try { [uint32]'-1' } catch { $_.Exception.Message }
try { [sbyte]200 } catch { $_.Exception.Message }
try { [uint16]70000 } catch { $_.Exception.Message }
try { [uint64]-1 } catch { $_.Exception.Message }
try { [byte][uint64]::MaxValue } catch { $_.Exception.Message }
[uint32]-1
'after'
