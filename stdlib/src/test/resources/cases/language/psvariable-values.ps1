# Variable objects (what Get-Variable outputs) are values like any other: as $_, $this, a parameter or a loop
# variable they stay the PSVariable, not the value it holds.
$answer = 42
Get-Variable answer | ForEach-Object { "$($_.Name)=$($_.Value)" }
Get-Variable answer | Where-Object { $_.Name -eq 'answer' } | ForEach-Object Name
$block = { $_.Name }
Get-Variable answer | ForEach-Object $block
switch (Get-Variable answer) { { $_.Name -eq 'answer' } { "switch: $($_.Name)" } }
foreach ($v in (Get-Variable answer)) { $v.GetType().Name }
& { param($p) $p.Name } (Get-Variable answer)
function Get-Name { process { $_.Name } }
Get-Variable answer | Get-Name
$variable = Get-Variable answer
$variable | Add-Member -MemberType ScriptMethod -Name Describe -Value { "$($this.Name) holds $($this.Value)" }
$variable.Describe()
$copy = $variable
$copy.Name
