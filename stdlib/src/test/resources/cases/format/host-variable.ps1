$Host.Name
$Host.UI.GetType().FullName
$Host.UI.WriteLine('from the UI')
$Host.UI.Write('no ')
$Host.UI.WriteLine('break')
$Host.UI.WriteLine()
$c = [System.Management.Automation.Host.ChoiceDescription[]]('&Yes', 'N&o')
$c[1].Label
$c[0].HelpMessage -eq ''
([System.Management.Automation.Host.ChoiceDescription]::new('&Maybe', 'not sure')).HelpMessage
