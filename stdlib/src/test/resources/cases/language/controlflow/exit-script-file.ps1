# exit in a script file a command runs ends that script only: $LASTEXITCODE gets the code, $? is false
# for a non-zero one, and the caller goes on (it used to end the whole session)
Set-Content -Path child.ps1 -Value '"child start"', 'exit 7', '"child never"'
& ./child.ps1
"after: LASTEXITCODE=$LASTEXITCODE"
./child.ps1
"succeeded: $?"
$out = ./child.ps1
"captured: $out"
. ./child.ps1
"dot-sourced: LASTEXITCODE=$LASTEXITCODE"
# a script that exits while processing pipeline input takes no more input and skips its end block
Set-Content -Path filter.ps1 -Value 'process { "got $_"; if ($_ -eq 2) { exit 0 } }', 'end { "end never" }'
1, 2, 3 | ./filter.ps1
"after filter: LASTEXITCODE=$LASTEXITCODE succeeded: $?"
