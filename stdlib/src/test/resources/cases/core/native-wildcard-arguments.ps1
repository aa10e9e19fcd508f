# On Unix an unquoted argument with wildcards reaches a program as the paths it matches (pwsh's
# PossiblyGlobArg): relative to the location, directories first, hidden items left out
$null = New-Item -ItemType Directory dir, sub
'' > b.txt; '' > a.txt; '' > .hidden.txt; '' > 'c d.txt'; '' > sub/x.txt
printf '[%s]' *.txt
''
printf '[%s]' * sub/*.txt ?.txt
''
# A variable's value is expanded too; a quoted pattern is not
$pattern = '*.txt'
printf '[%s]' $pattern '*.txt' "*.txt"
''
# A pattern that matches nothing, an invalid pattern, a missing drive or another provider's drive stays as written
printf '[%s]' *.none [] no[such -nosuch*drive:x* env:ps*
''
# Paths outside the location are relative too, with ..; a parameter joins each path
Set-Location sub
printf '[%s]' ../?.txt -f:*.txt
''
# A pattern starting with / stays absolute
$absolute = "$PWD/*.txt"
(printf '%s' $absolute) -eq "$PWD/x.txt"
