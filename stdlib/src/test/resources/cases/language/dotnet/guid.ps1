[guid]::Empty.ToString()
[guid]::Parse('{12345678-1234-1234-1234-123456789ABC}').ToString()
[guid]::NewGuid().ToString().Length
[guid]::NewGuid() -eq [guid]::NewGuid()
[guid]::new('12345678123412341234123456789abc').ToString('B')
