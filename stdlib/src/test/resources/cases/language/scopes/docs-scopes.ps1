# about_Scopes: a PSVariable's properties (Module and ModuleName left out: JPosh does not record them)
$Global:a = "one"
Get-Variable a | Format-List Name, Description, Value, Visibility, Options, Attributes
$Private:pVar = 'Private variable'
Get-Variable pVar | Format-List Name, Description, Value, Visibility, Options, Attributes
(Get-Variable pVar).Options.GetType().FullName
(Get-Variable pVar).Options -band [System.Management.Automation.ScopedItemOptions]::Private
