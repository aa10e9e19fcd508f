# a generic method through reflection: GetMethod finds its definition, MakeGenericMethod closes it
$cast = [Linq.Enumerable].GetMethod('Cast')
$cast.IsGenericMethodDefinition
$strings = $cast.MakeGenericMethod([string])
$strings.IsGenericMethodDefinition
$list = [System.Collections.Generic.List[string]]::new()
$list.AddRange($strings.Invoke($null, (, @('a', 'b'))))
$list -join ','
try { $cast.Invoke($null, @(1)) } catch { $_.Exception.InnerException.Message }
try { $strings.MakeGenericMethod([int]) } catch { $_.Exception.InnerException.GetType().FullName }
