ConvertFrom-Json '{"a":1,"b":[1,2]}' | ConvertTo-Json -Compress
ConvertFrom-Json '{"a":1,"b":[1,2],"c":{"d":"x","e":null},"f":[]}' | ConvertTo-Json
ConvertFrom-Json '[1,2,3]' | ConvertTo-Json -Compress
ConvertFrom-Json '[1,2,3]' -NoEnumerate | ConvertTo-Json -Compress
'[ 1 ]' | ConvertFrom-Json | ConvertTo-Json
'[ 1 ]' | ConvertFrom-Json -NoEnumerate | ConvertTo-Json -Compress
ConvertFrom-Json '{"when":"2024-06-15T10:30:00Z","n":1.50,"big":123456789012345678901234567890}' | ConvertTo-Json -Compress
ConvertTo-Json 'say "hi"' -Compress
ConvertFrom-Json '{"a":1,"b":2}' -AsHashtable | ConvertTo-Json -Compress
ConvertFrom-Json '{"a":{"b":{"c":{"d":1}}}}' | ConvertTo-Json -Compress
ConvertFrom-Json '{"a":{"b":{"c":{"d":1}}}}' | ConvertTo-Json -Compress -Depth 3
ConvertFrom-Json '{"a":1,"A":2}'
