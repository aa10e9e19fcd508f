# Built-in aliases as pwsh has them on Unix, and the alias cmdlets.
Get-Alias gci, gcm, iex
Get-Alias -Definition Get-Location
(Get-Alias sal).Options
# pwsh on Unix leaves out the aliases that would hide programs.
Get-Alias ls, sort
(Get-Alias -Name cat, rm, ps, mv, tee, sleep, gci).Count
Set-Alias say Write-Output
say hello
$a = Set-Alias -Name say -Value Get-Location -Description 'where am I' -PassThru
$a.Name, $a.Definition, $a.Description, $a.CommandType
New-Alias say Write-Output
New-Alias say Write-Output -Force
say again
Set-Alias gal Get-Location
Set-Alias chain say
chain through two aliases
(Get-Alias chain).ResolvedCommand.Name
Set-Alias broken No-SuchCommand
broken
Remove-Alias say, chain
Remove-Alias say
Remove-Alias gal
(Get-Command gal).Definition
# An alias comes before a function of the same name.
function say { 'function' }
Set-Alias say Write-Output
say alias
Remove-Alias say
say
