$r = Write-Error 'merged' 2>&1
$r.GetType().FullName
"merged: $r"
$w = Write-Warning 'warned' 3>&1
"$($w.GetType().FullName): $w"
$v = Write-Verbose 'verbose' -Verbose 4>&1
"$($v.GetType().Name): $v"
$d = Write-Debug 'debug' -Debug 5>&1
"$($d.GetType().Name): $d"
$i = Write-Information 'information' 6>&1
"$($i.GetType().Name): $i"
$m = Write-Warning 'all merged' *>&1
"star: $m"
Write-Error 'discarded' 2>$null
Write-Output 'discarded too' > $null
Write-Output 'to file' > out.txt
Get-Content out.txt
Write-Output 'appended' >> out.txt
Get-Content out.txt
Write-Output 'replaced' > out.txt
Get-Content out.txt
Write-Error 'error to file' 2> err.txt
(Get-Content err.txt)[0]
Write-Warning 'warning to file' 3> warn.txt
Get-Content warn.txt
Write-Error 'both' *> all.txt
(Get-Content all.txt)[0]
Write-Error 'merged into file' > both.txt 2>&1
(Get-Content both.txt)[0]
'expression' > expr.txt
Get-Content expr.txt
Write-Output 'piped' 2>&1 | Out-String
Write-Error 'merged then piped' 2>&1 | Out-String
# a redirected expression that starts a pipeline feeds what it writes under its redirections
'a', 'b' 2>$null | ForEach-Object { $_.ToUpper() }
'to file' > ./first.txt | ForEach-Object { 'nothing reaches here' }
Get-Content ./first.txt
