$m = [regex]::Match('key=value', '(\w+)=(\w+)')
$m.Success
$m.Groups[1].Value
$m.Groups[2].Value
[regex]::Matches('a1b22c333', '\d+').Count
[regex]::Replace('a1b2', '\d', '#')
[regex]::Split('a1b2c', '\d')
[regex]::Escape('1.5*2')
[regex]::IsMatch('ABC', '^abc$')
[regex]::IsMatch('ABC', '^abc$', 'IgnoreCase')
$re = [regex]::new('a(b+)')
$re.Match('xabbby').Groups[1].Value
$re.Match('xabbby').Index
$re.Replace('ab ab', 'X')
$re.ToString()
