# about_Special_Characters: the first -- ends the parameters; the words after it are arguments
Write-Output -- -InputObject
function Show-Arguments { param($A, $B) "A=$A B=$B" }
Show-Arguments -- -B
function Show-Args { $args -join ' ' }
Show-Args -- -x --
