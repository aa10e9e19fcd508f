# Update-TypeData -TypeData: TypeData objects made by scripts, or got from Get-TypeData.
function Show-Error($e) { "$($e.Exception.Message) | $($e.FullyQualifiedErrorId)" }

$td = [System.Management.Automation.Runspaces.TypeData]::new('Shop.Item')
$td.TypeName
$td.Members.Add('Total', [System.Management.Automation.Runspaces.ScriptPropertyData]::new('Total', { $this.Price * $this.Quantity }))
$td.Members.Add('Cost', [System.Management.Automation.Runspaces.AliasPropertyData]::new('Cost', 'Price'))
$td.Members.Add('Currency', [System.Management.Automation.Runspaces.NotePropertyData]::new('Currency', 'EUR'))
$td.Members.Add('Describe', [System.Management.Automation.Runspaces.ScriptMethodData]::new('Describe', { "$($this.Quantity) x $($this.Name)" }))
$td.DefaultDisplayPropertySet = [System.Management.Automation.Runspaces.PropertySetData]::new([string[]]('Name', 'Total'))
$td.Members.Count
Update-TypeData -TypeData $td

$item = [pscustomobject]@{ PSTypeName = 'Shop.Item'; Name = 'pen'; Price = 2; Quantity = 3 }
$item.Total
$item.Cost
$item.Currency
$item.Describe()
$item | Format-Table

# The table keeps its own copy: changing the object later changes nothing.
$td.Members.Remove('Currency') | Out-Null
$item.Currency

# A member the type has already is an error, unless -Force.
$again = [System.Management.Automation.Runspaces.TypeData]::new('Shop.Item')
$again.Members.Add('Currency', [System.Management.Automation.Runspaces.NotePropertyData]::new('Currency', 'USD'))
Update-TypeData -TypeData $again -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]
$item.Currency
Update-TypeData -TypeData $again -Force
$item.Currency

# A TypeData with nothing in it.
Update-TypeData -TypeData ([System.Management.Automation.Runspaces.TypeData]::new('Shop.Empty')) -ErrorVariable err -ErrorAction SilentlyContinue
Show-Error $err[0]

# What Get-TypeData gives can be given back, and Remove-TypeData takes a TypeData too.
$got = Get-TypeData Shop.Item
$got.Members.Keys -join ','
$got.Members['Currency'].Value
Remove-TypeData -TypeData $got
$null -eq $item.Total
Update-TypeData -TypeData $got
$item.Total

# The constructor's argument may be a type.
([System.Management.Automation.Runspaces.TypeData]::new([int])).TypeName
try { [System.Management.Automation.Runspaces.TypeData]::new('') } catch { $_.Exception.GetType().Name }
