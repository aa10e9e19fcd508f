# -replace with a $null substitute removes the match; a static method as the substitute gets each Match.
'x' -replace 'x', $null
'axbxc' -replace 'x', $null
class R {
    static [string] Replace([System.Text.RegularExpressions.Match]$Match) {
        return 'X' * $Match.Value.Length
    }
}
'ID 0000123' -replace '\b0+', [R]::Replace
