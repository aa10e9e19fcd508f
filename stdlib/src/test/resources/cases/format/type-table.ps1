# PowerShellCore.format.ps1xml's System.RuntimeType table; a type shown as a field is its full name,
# where a type in a string is its accelerator (about_Operators, about_Arrays)
$list = @(1; 2)
$list.GetType()
[int]
[hashtable].IsSerializable
[System.Diagnostics.Process].IsSerializable
"$([int[]].BaseType)"
[pscustomobject]@{ Base = [int[]].BaseType } | Format-List
