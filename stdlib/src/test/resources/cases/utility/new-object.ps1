New-Object System.Text.StringBuilder 'hi'
New-Object -TypeName System.Text.StringBuilder -ArgumentList 'x'
New-Object psobject | ConvertTo-Json -Compress
New-Object Foo.Bar
