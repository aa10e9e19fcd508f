# -match on a scalar sets $Matches; named groups are keys; on a collection it filters without setting $Matches.
'key=val' -match '(?<k>\w+)=(?<v>\w+)'
$Matches.k
$Matches['v']
$Matches[0]
$Matches = $null
'a1', 'b', 'c2' -match '\d'
$null -eq $Matches
'abc' -notmatch 'x'
'ABC' -match 'b'
'ABC' -cmatch 'b'
