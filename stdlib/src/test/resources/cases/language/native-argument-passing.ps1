# $PSNativeCommandArgumentPassing: Standard (Unix's default) passes each argument as it is; Legacy as pwsh before
# 7.3 (joined into a command line and split again: embedded quotes group, empty arguments vanish); a typed variable
$PSNativeCommandArgumentPassing
$PSNativeCommandArgumentPassing.GetType().FullName
try { $global:PSNativeCommandArgumentPassing = 'zzz' } catch { $_.Exception.GetType().Name }
printf '<%s>\n' 'a"b c"d' 1 '' 2
$PSNativeCommandArgumentPassing = 'Legacy'
printf '<%s>\n' 'a"b c"d' 1 '' 2 'a\"b c\"d' 'x y\'
# a parameter with a colon and a blank before its value is two arguments
printf '<%s>\n' -F: '{print $1}' -F:x
