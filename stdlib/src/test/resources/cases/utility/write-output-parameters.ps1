Write-Output $null
Write-Output -InputObject:$true
Write-Output -NoEnumerate:$false 1 2
'piped' | Write-Output
Write-Output -Verbose -ErrorAction Stop kept
Write-Output -ea 1 -OutVariable o1 also
Write-Output -ErrorAction Sometimes x
Write-Output next
