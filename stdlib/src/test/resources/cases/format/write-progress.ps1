Write-Progress -Activity Working -Status Half -PercentComplete 50
Write-Progress -Activity Working -Completed
Write-Output done
