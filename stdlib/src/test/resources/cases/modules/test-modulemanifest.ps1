# Test-ModuleManifest: the manifest read without loading the module, each broken entry an error, the module's
# description written either way
New-Item -ItemType Directory -Path Good/1.0.0, Broken | Out-Null
Set-Content Good/1.0.0/Good.psm1 'function Get-Good { 1 }'
Set-Content Good/1.0.0/Good.psd1 "@{ ModuleVersion = '1.0.0'; RootModule = 'Good.psm1'; Description = 'fine'; FunctionsToExport = 'Get-Good' }"
$m = Test-ModuleManifest -Path Good/1.0.0/Good.psd1
'{0} {1} {2}' -f $m.Name, $m.Version, $m.Description
(Get-Module Good) -eq $null
Set-Content Broken/Broken.psd1 "@{ ModuleVersion = '2.0'; RootModule = 'Missing.psm1'; FileList = @('a.txt'); RequiredModules = @('NoSuchModule'); NestedModules = @('Nested') }"
$m = Test-ModuleManifest Broken/Broken.psd1 -ErrorVariable e -ErrorAction SilentlyContinue
$m.Version.ToString()
$e | ForEach-Object { $_.FullyQualifiedErrorId }
Set-Content Good/1.0.0/Good.psd1 "@{ ModuleVersion = '1.1.0'; RootModule = 'Good.psm1' }"
try { Test-ModuleManifest Good/1.0.0/Good.psd1 } catch { $_.FullyQualifiedErrorId }
Test-ModuleManifest nothing.psd1 -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].FullyQualifiedErrorId
try { Test-ModuleManifest Good/1.0.0/Good.psm1 } catch { $_.FullyQualifiedErrorId }
# a manifest's module is of its root module's kind (Script for a .psm1), Manifest without one
Set-Content Broken/Scripted.psm1 'function Get-X { 1 }'
Set-Content Broken/Scripted.psd1 "@{ ModuleVersion = '1.0'; RootModule = 'Scripted.psm1' }"
(Test-ModuleManifest Broken/Scripted.psd1).ModuleType
Set-Content Broken/Plain.psd1 "@{ ModuleVersion = '1.0' }"
(Test-ModuleManifest Broken/Plain.psd1).ModuleType
