# A Format-* result written while the default formatting's table is open nests inside it, as pwsh's
# format contexts do: the table's later rows still show, under its columns, without a new header.
[pscustomobject]@{ A = 1; B = 2 }
[pscustomobject]@{ A = 3; B = 4 } | Format-List
[pscustomobject]@{ A = 5; B = 6 }
'text between'
[pscustomobject]@{ A = 7; B = 8 }
[pscustomobject]@{ A = 9; B = 0 } | Format-Table
[pscustomobject]@{ A = 4; B = 2 }
