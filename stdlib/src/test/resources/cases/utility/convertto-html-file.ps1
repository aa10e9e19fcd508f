# the lines written to a file and read back
$rows = [pscustomobject]@{ Item = 'Pen & paper'; Price = 2.5 }, [pscustomobject]@{ Item = '<Ink>'; Price = 10 }
$rows | ConvertTo-Html -Title 'Prices' | Out-File ./prices.html
$text = Get-Content ./prices.html
$text.Count
$text
(Get-Content ./prices.html -Raw).EndsWith("</body></html>`n")
$rows | ConvertTo-Html -Fragment | Set-Content ./fragment.html
(Get-Content ./fragment.html) -match '<td>'
