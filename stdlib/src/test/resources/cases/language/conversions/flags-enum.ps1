# Comma-separated names combine the values of a flags enum.
$f = [System.Text.RegularExpressions.RegexOptions]'IgnoreCase, Multiline'
$f
[int]$f
$f.HasFlag([System.Text.RegularExpressions.RegexOptions]::Multiline)
($f -band [System.Text.RegularExpressions.RegexOptions]::IgnoreCase) -ne 0
[System.Text.RegularExpressions.RegexOptions]5
