# Start-Process on Unix: redirection to files, -Wait, -PassThru's ExitCode, the child's environment and directory
$p = Start-Process /bin/sh -ArgumentList '-c', '"echo out; echo; echo err >&2; exit 3"' -RedirectStandardOutput out.txt -RedirectStandardError err.txt -Wait -PassThru
$p.GetType().FullName
$p.ExitCode
$p.HasExited
# empty lines are left out of redirected output, as pwsh's line handler skips them
Get-Content out.txt
Get-Content err.txt
# -ArgumentList is joined with spaces, then split as a command line (quotes group, \" is a quote)
Start-Process echo 'a  "b c"', d, 'x\"y' -RedirectStandardOutput args.txt -Wait
Get-Content args.txt
Start-Process -FilePath /bin/echo -ArgumentList '1 "2  3"' -RSO args.txt -Wait
Get-Content args.txt
# the child sees the session's $env: changes, then -Environment's ($null removes a variable)
$env:JPOSH_START_A = 'from session'
$env:JPOSH_START_B = 'removed'
Start-Process /usr/bin/env -Environment @{ JPOSH_START_C = 'x y'; JPOSH_START_B = $null } -RedirectStandardOutput env.txt -Wait
Get-Content env.txt | Where-Object { $_ -like 'JPOSH_START_*' } | Sort-Object
# -UseNewEnvironment starts from an empty environment on Unix
Start-Process /usr/bin/env -UseNewEnvironment -Environment @{ ONLY = 1 } -RSO env.txt -Wait
Get-Content env.txt
# the working directory: -WorkingDirectory, else the current location; redirection files follow the location
New-Item -ItemType Directory sub | Out-Null
Start-Process /bin/pwd -WorkingDirectory sub -RSO pwd.txt -Wait
Get-Content pwd.txt
Set-Location sub
Start-Process pwd -RSO pwd.txt -Wait
Set-Location ..
Get-Content sub/pwd.txt
# a program found by a relative path, and stdin from a file
Set-Content script.sh "#!/bin/sh`necho relative `$1"
chmod +x script.sh
Start-Process ./script.sh ok -RSO rel.txt -Wait
Get-Content rel.txt
Start-Process /bin/cat -RedirectStandardInput args.txt -RedirectStandardOutput cat.txt -Wait -NoNewWindow
Get-Content cat.txt
Start-Process /bin/echo hi -WhatIf
# errors
Start-Process /no/such/program
Start-Process no-such-program-jposh -Wait
"still running"
Start-Process /bin/echo -RedirectStandardOutput same.txt -RedirectStandardError SAME.txt
Start-Process /bin/echo -RedirectStandardInput args.txt -RedirectStandardOutput args.txt
Start-Process /bin/echo -WorkingDirectory no-such-dir
Start-Process /bin/echo -RedirectStandardInput no-such-file
Start-Process /bin/echo -WindowStyle Hidden
Start-Process /bin/echo -Verb open
