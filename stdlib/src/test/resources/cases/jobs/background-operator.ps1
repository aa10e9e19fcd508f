# 'pipeline &' runs the pipeline in a background job (Start-Job in the current location), the variables that
# exist here read as $using: variables; the job is the statement's value
New-Item -ItemType Directory ./work | Out-Null
Set-Location ./work
$factor = 21
$job = Write-Output ($factor * 2) &
$job.GetType().Name
$job.Command
$job | Wait-Job | Receive-Job
$chain = (Split-Path -Leaf $PWD) && "chained $factor" &
$chain | Wait-Job | Receive-Job
$unknown = Write-Output $undefinedHere &; $unknown.Command
Get-Job | Remove-Job -Force

# Start-Job starts in the caller's location, or in -WorkingDirectory
Start-Job { Split-Path -Leaf $PWD } | Wait-Job | Receive-Job
(Start-Job -WorkingDirectory .. { (Get-Location).Path } | Receive-Job -AutoRemoveJob -Wait) -eq (Split-Path -Parent $PWD)
Start-Job -WorkingDirectory ./missing { 1 }
