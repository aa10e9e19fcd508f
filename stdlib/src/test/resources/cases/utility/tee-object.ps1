# Tee-Object passes its input on and saves it: in a variable of the caller's scope (one object, or an array)
Write-Output 'only' | Tee-Object -Variable single | Out-Null
$single
1, 2, 3 | Tee-Object -Variable several | Measure-Object | ForEach-Object Count
$several.GetType().FullName
function Save-Inside { 5 | Tee-Object -Variable inner | Out-Null; "inside: $inner" }
Save-Inside
"outside: $inner"

# or in a file, formatted as the host shows the objects (pwsh runs Out-File for it), replaced unless -Append
[pscustomobject]@{ Name = 'a'; Size = 1 }, [pscustomobject]@{ Name = 'b'; Size = 22 } | Tee-Object ./table.txt |
    ForEach-Object Name
Get-Content ./table.txt
'more' | Tee-Object -FilePath ./table.txt -Append | Out-Null
(Get-Content ./table.txt)[-1]
'literal' | Tee-Object -LiteralPath ./table.txt | Out-Null
Get-Content ./table.txt
'x' | Tee-Object ./missing/dir/file.txt

# Clear-Host (cls) writes the terminal's clear-screen sequence
cls
