# ++ and -- work only on numbers (pwsh's IncrDecr): a string does not concatenate as + would
$s = 'a'
try { $s++ } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
"s=$s"
$c = [char]'a'
try { --$c } catch { $_.Exception.Message }
$e = [System.DayOfWeek]::Monday
try { $e++ } catch { $_.Exception.Message }
$n = $null
$n--
$n
$b = [byte]255
$b++
"$b $($b.GetType().Name)"
# a range too large to count is .NET's OverflowException, as pwsh's IntOps.Range reports it
try { (0x7FFFFFFF..0x80000000).Count } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
