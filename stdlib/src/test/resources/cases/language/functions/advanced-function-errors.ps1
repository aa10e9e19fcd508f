function Need { [CmdletBinding()] param([Parameter(Mandatory)]$Thing) $Thing }
Need
function Pick { param([ValidateSet('red', 'green')]$Color) $Color }
Pick blue
function Num([int]$N) { $N }
Num abc
'after'
