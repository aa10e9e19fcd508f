# System.Type's reflection: properties, fields, methods and constructors as PropertyInfo, FieldInfo, MethodInfo and
# ConstructorInfo objects, which read, write and invoke; enum and generic helpers; .NET's ToString of each
[int].IsPrimitive, [string].IsPrimitive, [hashtable].IsClass, [int].IsSubclassOf([ValueType])
[int].AssemblyQualifiedName
[System.IO.FileInfo].GetProperty('Length').PropertyType.Name
$null -eq [string].GetProperty('length')
(Get-Date).GetType().GetProperty('Year').ToString()
[int].GetFields() | ForEach-Object { "$($_.Name) static:$($_.IsStatic)" }
[int].GetField('MaxValue').GetValue($null)

'-- methods'
$substring = [string].GetMethod('Substring', [type[]]@([int]))
$substring.ToString()
$substring.GetParameters() | ForEach-Object { "$($_.Position) $($_.Name) $($_.ParameterType.Name)" }
$substring.Invoke('hello', @(2))
try { [string].GetMethod('Substring') } catch { $_.Exception.InnerException.GetType().Name }
[string].GetMethod('Trim', [type[]]@()).Invoke('  x  ', @())
try { $substring.Invoke('hello', @()) } catch { $_.Exception.InnerException.Message }
[math].GetMethod('Sqrt').Invoke($null, @(16))
$constructor = [System.Text.StringBuilder].GetConstructor([type[]]@([string]))
$constructor.ToString()
$constructor.Invoke(@('start')).ToString()

'-- a script class'
class Point { [int]$X = 3; [int] Twice() { return $this.X * 2 } }
$point = [Point]::new()
[Point].GetProperty('X').GetValue($point)
[Point].GetProperty('X').SetValue($point, '8')
$point.X
[Point].GetMethod('Twice').Invoke($point, $null)
([Point].GetMethods() | ForEach-Object Name | Sort-Object) -join ','

'-- enums and generics'
enum Size : byte { Small = 1; Large = 4; Medium = 2 }
[Size].GetEnumUnderlyingType().Name
[Size].GetEnumValues() -join ','
[Size].GetEnumNames() -join ','
[Size].GetEnumName(4)
[Size].IsEnumDefined('Medium'), [Size].IsEnumDefined('medium'), [Size].IsEnumDefined(3)
[System.Collections.Generic.List`1].MakeGenericType([int]).FullName -replace ', System.Private.CoreLib[^\]]*', ''
[System.Collections.Generic.List[int]].GetGenericTypeDefinition().IsGenericTypeDefinition
try { [int].GetGenericTypeDefinition() } catch { $_.Exception.InnerException.Message }
