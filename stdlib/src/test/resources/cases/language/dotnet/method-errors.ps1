'abc'.Foo()
'abc'.Substring(1, 2, 3, 4)
'abc'.Substring(5)
[math]::Sqrt('x')
[int]::Parse('x')
$n = $null
$n.ToString()
[System.IO.Path]::NoSuchMethod()
'after'
