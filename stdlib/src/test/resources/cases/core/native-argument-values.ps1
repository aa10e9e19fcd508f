# A $null argument is left out of a program's argv (an empty string is kept), also inside an array
$nothing = $null
printf '[%s]' $null '' $nothing @('a', $null, 'b')
''
# An unquoted ~ or ~/path names the home directory, as on pwsh for Unix; quoted, it stays as written
(printf '%s' ~) -eq $HOME
(printf '%s' ~/bin) -eq "$HOME/bin"
printf '[%s]' '~' "~/bin" ~user
''
$tilde = '~/from-variable'
(printf '%s' $tilde) -eq "$HOME/from-variable"
