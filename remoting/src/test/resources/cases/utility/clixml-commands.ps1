# The three cmdlets are Microsoft.PowerShell.Utility's, with pwsh's parameter sets (mandatory !, position @).
$common = 'Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable',
    'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable'
foreach ($command in Get-Command Export-Clixml, Import-Clixml, ConvertTo-Xml) {
    '{0} ({1})' -f $command.Name, $command.Source
    foreach ($set in $command.ParameterSets) {
        $parameters = $set.Parameters | Where-Object Name -NotIn $common | ForEach-Object {
            $_.Name + ('', '!')[$_.IsMandatory] + ('', "@$($_.Position)")[$_.Position -ge 0]
        }
        '  {0}{1}: {2}' -f $set.Name, ('', ' (default)')[$set.IsDefault], ($parameters -join ' ')
    }
}
