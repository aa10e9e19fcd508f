New-Object psobject | ConvertTo-Json -Compress
New-Object Foo.Bar
