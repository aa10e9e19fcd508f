# Advanced functions: -OutVariable/-ErrorVariable (scope prefixes, + to append) and $PSCmdlet.
function get-foo { [CmdletBinding()] param() 'foo'; Write-Error 'foo-error' }
function get-obj { [CmdletBinding(DefaultParameterSetName = 'A')] param([Parameter(ParameterSetName = 'B')] $b)
    $PSCmdlet.WriteObject($PSCmdlet.ParameterSetName)
    $PSCmdlet.WriteObject(@(1, 2), $true)
}
function get-err { [CmdletBinding()] param() $PSCmdlet.WriteError($script:saved[0]) }
function get-bar { [CmdletBinding()] param() 'bar'; get-foo -OutVariable script:inner -ErrorVariable script:innerErr }

get-foo -OutVariable out -ErrorVariable err 2> $null > $null
$out
$err.Count
"$($err[0])"
$more = 'a', 'b'
get-foo -OutVariable +more 2> $null > $null
$more -join ','
get-obj -OutVariable objs > $null
$objs -join ','
(get-obj -b 1) -join ','
Write-Error 'saved' -ErrorVariable script:saved 2> $null
get-err -ErrorVariable e2 2> $null
"$e2"
get-bar -OutVariable outer -ErrorVariable outerErr 2> $null > $null
$outer -join ','
$script:inner
"$($script:innerErr)"
$outerErr.Count
# Merged errors (2>&1) bypass -OutVariable
get-foo -OutVariable merged 2>&1 > $null
$merged.Count
# ThrowTerminatingError and ShouldProcess
function stop-it { [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError($script:saved[0]); 'not here' }
try { stop-it } catch { "caught: $_" }
function remove-it { [CmdletBinding(SupportsShouldProcess)] param($Name) if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" } }
remove-it x
remove-it y -WhatIf
