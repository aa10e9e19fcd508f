# Add-Type -AssemblyName loads what pwsh on Linux can load: .NET's shared framework and pwsh's own assemblies
# (their types are there from the start); Windows desktop assemblies and unknown names fail as there.
# Compiling source is not possible on the JVM: a NotSupported error.
Add-Type -AssemblyName System.Web
[System.Web.HttpUtility]::UrlEncode('a b')
Add-Type -AssemblyName 'System.IO.Compression, Version=8.0.0.0, Culture=neutral'
Add-Type -AN mscorlib, System.Net.Http, Microsoft.PowerShell.Commands.Utility
'loaded'
try { Add-Type -AssemblyName System.Windows.Forms } catch { $_.FullyQualifiedErrorId; "$_" }
try { Add-Type -TypeDefinition 'public class X {}' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
Add-Type -AssemblyName No.Such.Assembly
