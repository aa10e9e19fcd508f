# External programs: found on PATH or by path, arguments passed one argv entry each (pwsh's
# Standard passing), output streamed as lines, pipeline input as stdin lines, $LASTEXITCODE.
/bin/echo hello 'two words' @(1, 2)
echo -n not-an-option
sh -c 'printf "%s|" "$@"; echo' sh "a b" '' 'c"d'
$lines = printf 'one\ntwo\nthree\n'
$lines.Count
$lines[1]
'x', 'y' | cat
1..3 | sh -c 'while read n; do echo "got $n"; done'
/bin/sh -c 'exit 3'
$LASTEXITCODE
/bin/sh -c 'exit 0'
$LASTEXITCODE
/bin/false || 'false failed'
/bin/true && 'true succeeded'
sh -c 'echo to-stderr >&2'
$name = 'printf'
& $name '%s\n' called
/bin/echo --% a  "b c"   %NO_SUCH_VAR_X%
$x = 'ab'
sh -c 'echo "$1"' sh -x:$x
(Get-Command sh).CommandType
(Get-Command /bin/sh).Name
Set-Content tool.sh "#!/bin/sh`necho tool ran, listing:`nls"
chmod +x tool.sh
New-Item -ItemType Directory here | Out-Null
Set-Location here
../tool.sh
Set-Location ..
./tool.sh
./no-such-tool
