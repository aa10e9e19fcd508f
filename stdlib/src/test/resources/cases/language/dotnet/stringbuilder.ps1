$sb = [System.Text.StringBuilder]::new()
$sb.Append('abc').Append(1).GetType().FullName
[void]$sb.AppendLine('!')
$sb.Length
$null = $sb.Insert(0, '>')
$null = $sb.Replace('abc', 'xyz')
$null = $sb.Remove(0, 1)
$sb.ToString().Trim()
$null = $sb.Clear()
$sb.Length
[System.Text.StringBuilder]::new('seed').Append('ed').ToString()
