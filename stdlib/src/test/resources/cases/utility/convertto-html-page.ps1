# A page: the strict DOCTYPE, the default title, a table of every property of the first object
$people = [pscustomobject]@{ Name = 'Ann'; Age = 31 }, [pscustomobject]@{ Name = 'Bob'; Age = 42 }
$people | ConvertTo-Html

# -Title, -Body, -PreContent, -PostContent (each element a line), -CssUri (alias cu), -Charset, -Transitional
$people | ConvertTo-Html -Title 'People <list>' -Body '<h1>People</h1>', '<p>All of them</p>' -PreContent '<p>before</p>' `
    -PostContent '<p>after</p>', '<p>end</p>' -CssUri 'styles/site.css' -Charset 'UTF-8' -Transitional

# -Head replaces the title; an absolute URI is written in its canonical form; -uri is the other alias
$people[0] | ConvertTo-Html -Head '<title>Mine</title>', '<style>td { color: red }</style>' -Title 'unused' -cu 'HTTP://Example.COM/css/a b.css'
$people[0] | ConvertTo-Html -uri 'x.css' | Select-Object -Skip 4 -First 1

# -Transitional:$false still gives the transitional DOCTYPE, as pwsh's parameter takes no notice of the value
$people[0] | ConvertTo-Html -Transitional:$false | Select-Object -First 1

# -Meta: http-equiv for the keys HTML defines so, name for the others, a warning for unknown keys
$people[0] | ConvertTo-Html -Meta @{ 'X-UA-Compatible' = 'IE=edge' } | Select-Object -Skip 3 -First 1
$people[0] | ConvertTo-Html -Meta @{ viewport = 'width=device-width' } | Select-Object -Skip 3 -First 1
$people[0] | ConvertTo-Html -Meta @{ refresh = 30 } -Charset 'iso-8859-1' | Select-Object -Skip 3 -First 2

# the positions: -Property 0, -Head 1, -Title 2, -Body 3
$people | ConvertTo-Html Name '<title>By position</title>' 'ignored' '<h2>Body</h2>'

# no input: the page around an empty table
ConvertTo-Html -Title 'Empty'
