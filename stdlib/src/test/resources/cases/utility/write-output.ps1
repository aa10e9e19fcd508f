Write-Output hello
Write-Output 1 2 3
Write-Output -InputObject 'named'
write-output -inp 'prefix' 
Write-Output 'a' | Write-Output
Write-Output (2 + 3) world
Write-Output -Foo bar
