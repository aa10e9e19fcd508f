ConvertFrom-Json '[{"Name":"a","Size":1},{"Name":"b, c","Size":2.5}]' | ConvertTo-Csv
ConvertFrom-Json '[{"Name":"a","Size":1},{"Name":"b, c","Size":2.5}]' | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter ';'
ConvertFrom-Json '[{"Name":"a","Size":1},{"Name":"say \"x\"","Size":null}]' | ConvertTo-Csv -UseQuotes AsNeeded -NoHeader
ConvertFrom-Json '{"Name":"a","Size":1}' | ConvertTo-Csv -IncludeTypeInformation -QuoteFields Size
'Name,Size' | ConvertFrom-Csv
Write-Output 'Name,Size' 'a,1' '"b, c", 2 ' 'd' | ConvertFrom-Csv | ConvertTo-Json -Compress
'x;y' | ConvertFrom-Csv -Delimiter ';' -Header A | ConvertTo-Json -Compress
Write-Output 'a,,c' '1,2,3' | ConvertFrom-Csv | ConvertTo-Json -Compress
ConvertTo-Csv -InputObject 'x' -UseQuotes Never -QuoteFields Length
