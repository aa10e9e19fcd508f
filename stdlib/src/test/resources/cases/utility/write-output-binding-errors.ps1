Write-Output -NoEnumerate -NoEnumerate x
