using namespace System.Text
using namespace System.Collections.Generic

$sb = [StringBuilder]::new('x')
$sb.Append('y').ToString()
$l = [List[string]]::new()
$l.Add('a')
$l.GetType().ToString()
[Stopwatch]
