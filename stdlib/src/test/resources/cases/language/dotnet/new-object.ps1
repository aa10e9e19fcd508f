$sb = New-Object System.Text.StringBuilder
$sb.GetType().FullName
(New-Object -TypeName System.Text.StringBuilder -ArgumentList 'abc').ToString()
$l = New-Object 'System.Collections.Generic.List[int]'
$l.Add(3)
$l.Count
(New-Object System.DateTime 2020, 5, 17).ToString('yyyy-MM-dd')
$d = New-Object 'System.Collections.Generic.Dictionary[string,string]'
$d.GetType().ToString()
