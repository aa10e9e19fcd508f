[string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty($null)
[string]::IsNullOrEmpty('a')
[string]::IsNullOrWhiteSpace(" `t ")
[string]::Join(',', @(1, 2, 3))
[string]::Join('-', 'a', 'b')
[string]::Concat('a', 'b', 'c')
[string]::Format('{0}-{1:N2}', 'x', 3.14159)
[string]::Empty.Length
