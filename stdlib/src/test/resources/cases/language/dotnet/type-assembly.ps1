# Every type's Assembly is System.Private.CoreLib, whose GetType finds a type by its full name (null when none)
[object].Assembly.FullName
[string].Assembly.GetType('System.Collections.Generic.List`1').FullName
$action = [object].Assembly.GetType('System.Action`2').MakeGenericType([int], [string])
$action.Name
$null -eq [object].Assembly.GetType('No.Such.Type')
try { [object].Assembly.GetType('No.Such.Type', $true) } catch { $_.Exception.InnerException.GetType().FullName }
