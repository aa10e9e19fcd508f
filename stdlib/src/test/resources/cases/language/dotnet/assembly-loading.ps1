# loading an assembly the shared framework has succeeds (its types are there already); others fail as in pwsh
[Reflection.Assembly]::LoadWithPartialName('System.Drawing').FullName
[System.Reflection.Assembly]::LoadWithPartialName('System.Drawing') > $null
$null -eq [System.Reflection.Assembly]::LoadWithPartialName('System.Windows.Forms')
[System.Reflection.Assembly]::Load('System.Xml, Version=4.0.0.0').FullName
try { [System.Reflection.Assembly]::Load('No.Such.Assembly') } catch { $_.Exception.InnerException.GetType().FullName }
Add-Type -AssemblyName System.Drawing
try { Add-Type -AssemblyName System.Windows.Forms } catch { $_.FullyQualifiedErrorId }
