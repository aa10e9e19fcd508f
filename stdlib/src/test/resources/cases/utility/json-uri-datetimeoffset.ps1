# ConvertTo-Json writes a Uri as its original string and a DateTimeOffset as one ISO 8601 string with its offset.
ConvertTo-Json ([uri]'http://Example.com/a b') -Compress
[pscustomobject]@{ Link = [uri]::new('rel/page', [UriKind]::Relative) } | ConvertTo-Json -Compress
ConvertTo-Json ([datetimeoffset]::new(2024, 1, 2, 3, 4, 5, [timespan]'02:00'))
ConvertTo-Json ([datetimeoffset]::new(2024, 1, 2, 3, 4, 5, [timespan]::Zero))
@{ When = [datetimeoffset]'2024-01-02T03:04:05.125-05:30' } | ConvertTo-Json -Compress
