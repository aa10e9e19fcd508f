# Tables and lists show dates and numbers as pwsh's PSObject.ToString does, in the current culture (en-US here):
# dates with the culture's pattern, doubles to 15 digits; string expansion stays invariant.
$o = [pscustomobject]@{ When = [datetime]::new(2024, 1, 2, 15, 4, 5); Ratio = 0.1 + 0.2; Big = 1e20; Cost = [decimal]2.5 }
$o | Format-Table
$o | Format-List
"$($o.When) $($o.Ratio)"

# In another culture, the same values follow it.
[cultureinfo]::CurrentCulture = 'de-DE'
$o | Format-List
