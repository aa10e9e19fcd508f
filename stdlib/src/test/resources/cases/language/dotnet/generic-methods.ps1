# Generic method calls: the type arguments close the method, as .NET MakeGenericMethod does
$e = [array]::Empty[int](); $e.GetType().FullName; $e.Count
[System.Linq.Enumerable]::Cast[int](@(1, 2, 3)) -join ','
[Linq.Enumerable]::OfType[string](@(1, 'a', 2, 'b')) -join ','
$l = [Linq.Enumerable]::ToList[string](@('x', 'y')); $l.GetType().FullName
[Linq.Enumerable]::ToArray[int](@(4,5)).GetType().FullName
[Linq.Enumerable]::Empty[string]().GetType().FullName
[System.Enum]::GetNames[System.DayOfWeek]()[0]
[Enum]::Parse[System.DayOfWeek]('Friday').GetType().FullName
[Enum]::GetValues[ConsoleColor]().Count
try { [Linq.Enumerable]::Cast[int](@('a')) | Out-Null } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [string]::Join[int](',', 1) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [array]::Empty[int](5) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [array]::NoSuch[int]() } catch { $_.FullyQualifiedErrorId }
try { $null.Foo[int]() } catch { $_.FullyQualifiedErrorId }
