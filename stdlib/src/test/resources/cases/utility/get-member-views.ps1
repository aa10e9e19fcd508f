# Get-Member -View (Extended: the object's own members; Adapted and Base: its type's) and -Force (the
# hidden members every object has).
$o = [pscustomobject]@{ Name = 'x' }
$o | Add-Member -MemberType ScriptMethod -Name Shout -Value { $this.Name.ToUpper() }
$o | Get-Member -View Extended | Out-String
$o | Get-Member -View Base | Out-String
$o | Get-Member -View Adapted -MemberType Method -Name Get* | Out-String
$o | Get-Member -View All -MemberType NoteProperty, ScriptMethod | Out-String
# As pwsh: a view without extended members flips the extended kinds asked for, so the object's own come back.
$o | Get-Member -View Base -MemberType Method | Out-String
$o | Get-Member -Force | Out-String -Width 250
5 | Get-Member -Force -Name ps* | ForEach-Object Name
5 | Get-Member -Force -View Base -Name ps*
'abc' | Get-Member -View Extended
'abc' | Get-Member -Force -MemberType MemberSet -Name psextended | ForEach-Object Definition
$o | Get-Member -MemberType Properties -View Extended, Base | ForEach-Object Name
[int] | Get-Member -Static -MemberType Property -Name M* | ForEach-Object Name
'abc' | Get-Member -View Everything
