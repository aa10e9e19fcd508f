# -File switches on the lines of a file, relative to the current location.
Set-Content -Path lines.txt -Value 'alpha', 'beta', 'gamma', 'beta two'
switch -File lines.txt {
    'beta' { "exact line: $_" }
    default { "other: $_" }
}
switch -Regex -File lines.txt { '^b.*(\w{3})$' { "ends with $($Matches[1])" } }
$path = 'lines.txt'
switch -Wildcard -File $path { '*a' { "ends in a: $_" } }
