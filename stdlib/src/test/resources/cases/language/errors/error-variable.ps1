$Error.Count
Write-Error 'first' 2>$null
$Error.Count
$Error[0].ToString()
try { throw 'second' } catch { }
$Error.Count
$Error[0].ToString()
$Error[1].ToString()
$Error.GetType().FullName
$Error.Clear()
$Error.Count
Write-Output 'fine'
"after success: $?"
Write-Error 'bad' 2>$null
"after an error: $?"
1/0
"after a statement-terminating error: $?"
Write-Error 'kept' -ErrorVariable ev -ErrorAction SilentlyContinue
"ev: $ev ($($ev.Count)) $($ev.GetType().FullName)"
Write-Error 'appended' -ErrorVariable +ev -ErrorAction SilentlyContinue
"ev: $($ev.Count) $($ev[1])"
Write-Output 'ok' -ErrorVariable ev
"ev emptied: $($ev.Count)"
Write-Output a, b -OutVariable ov | Out-Null
"ov: $ov ($($ov.GetType().FullName))"
Write-Warning 'w' -WarningVariable wv -WarningAction SilentlyContinue
"wv: $wv $($wv[0].GetType().FullName)"
Write-Information 'i' -InformationVariable iv
"iv: $iv $($iv[0].GetType().FullName)"
