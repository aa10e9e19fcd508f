# Get-PSDrive lists every drive, with pwsh's table; Get-PSProvider the providers.
(Get-PSDrive | Out-String -Stream)[1].TrimEnd()
(Get-PSDrive | Out-String -Stream | Where-Object { $_ -match '^(Alias|Env|Function|Variable) ' }).TrimEnd()
$null = New-Item -ItemType Directory data
$null = New-PSDrive -Name Data -PSProvider FileSystem -Root ./data
Get-PSDrive | Format-Table Name, @{ Name = 'Provider'; Expression = { $_.Provider.Name } }
Get-PSDrive -PSProvider Environment, Variable | Format-List Name, Root, Description
(Get-PSDrive -Name A*, F*).Name
Get-PSDrive -PSProvider Nope
Get-PSProvider | Format-Table -AutoSize
(Get-PSProvider F*).Name
(Get-PSProvider FileSystem).Drives.Name
Get-PSProvider Nope
Remove-PSDrive Data

# Copy-Item and Rename-Item on the drives of the session's tables; Move-Item is refused, as in pwsh.
function Get-Greeting { 'hello' }
Copy-Item function:Get-Greeting function:Get-Copy
Get-Copy
$env:JPOSH_PROVIDERS_A = 'a'
Copy-Item env:JPOSH_PROVIDERS_A env:JPOSH_PROVIDERS_B -PassThru | Format-List Name, Value, PSPath
Rename-Item env:JPOSH_PROVIDERS_A JPOSH_PROVIDERS_C
$null -eq $env:JPOSH_PROVIDERS_A
$env:JPOSH_PROVIDERS_C
$count = 5
Copy-Item variable:count variable:total
$total
Set-Variable -Name limit -Value 10 -Option ReadOnly -Description 'the limit'
Rename-Item variable:limit cap -Force -PassThru | Format-List Name, Value, Options, Description
Rename-Item variable:count cap
Set-Alias greet Get-Greeting
Rename-Item alias:greet hi
hi
Move-Item env:JPOSH_PROVIDERS_C env:JPOSH_PROVIDERS_D
Move-Item env:JPOSH_PROVIDERS_C ./elsewhere
Copy-Item env:JPOSH_PROVIDERS_C ./elsewhere
Copy-Item env:JPOSH_PROVIDERS_MISSING env:JPOSH_PROVIDERS_X
Remove-Item env:JPOSH_PROVIDERS_B, env:JPOSH_PROVIDERS_C
