# [System.Management.Automation.PSSerializer] writes and reads the documents Export-Clixml and Import-Clixml do;
# Serialize goes one level deep unless told.
class Pt { [int]$X; [object]$Inner }
$pt = [Pt]@{ X = 1; Inner = [Pt]@{ X = 2 } }
[System.Management.Automation.PSSerializer]::Serialize($pt)
[System.Management.Automation.PSSerializer]::Serialize($pt, 2)
[Management.Automation.PSSerializer]::Serialize($null)
$text = [System.Management.Automation.PSSerializer]::Serialize(@{ Key = 'value' })
$back = [System.Management.Automation.PSSerializer]::Deserialize($text)
'{0} {1} {2}' -f $back.GetType().FullName, $back.pstypenames[0], $back.Key

# Deserialize gives one object as itself, several as an array, none as null; DeserializeAsList always an array.
$two = '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><S>a</S><I32>2</I32></Objs>'
$many = [System.Management.Automation.PSSerializer]::Deserialize($two)
'{0} {1}' -f $many.GetType().FullName, ($many -join ',')
$none = '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04" />'
$null -eq [System.Management.Automation.PSSerializer]::Deserialize($none)
$list = [System.Management.Automation.PSSerializer]::DeserializeAsList($none)
'{0} {1}' -f $list.GetType().FullName, $list.Count

# Bad arguments are .NET's exceptions, as pwsh reports a method call's.
[System.Management.Automation.PSSerializer]::Serialize(1, 0)
[System.Management.Automation.PSSerializer]::Deserialize('<Objs />')
[System.Management.Automation.PSSerializer]::Deserialize('plain')
'done'
