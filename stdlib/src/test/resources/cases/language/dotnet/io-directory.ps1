$dir = (Get-Location).Path
$sub = [System.IO.Path]::Combine($dir, 'sub')
[System.IO.Directory]::Exists($sub)
$info = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($sub, 'inner'))
$info.Name
$info.GetType().FullName
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($sub, 'b.txt'), 'b')
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($sub, 'a.log'), 'a')
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($sub, 'inner', 'c.txt'), 'c')
[System.IO.Directory]::GetFiles($sub) -replace '.*/', ''
[System.IO.Directory]::GetFiles($sub, '*.txt').Count
[System.IO.Directory]::GetFiles($sub, '*.txt', 'AllDirectories').Count
[System.IO.Directory]::GetDirectories($sub).Count
[System.IO.Directory]::Delete($sub, $true)
[System.IO.Directory]::Exists($sub)
