# [array] statics: CreateInstance (default elements of the type), IndexOf, Reverse, Sort, Clear
$a = [System.Array]::CreateInstance([int], 3); $a -join ','; $a.GetType().FullName
$s = [array]::CreateInstance([string], 2); $null -eq $s[0]; $s.Count
try { [array]::CreateInstance([int], -1) } catch { $_.Exception.InnerException.Message }
$n = 3, 1, 2; [array]::Sort($n); $n -join ','
[array]::Reverse($n); $n -join ','
[array]::IndexOf($n, 2)
[array]::Clear($n, 0, 2); $n -join ','
