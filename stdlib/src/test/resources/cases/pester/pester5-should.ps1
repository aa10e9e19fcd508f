# Should -HaveParameter (Pester 5): the command has the parameter, with the type, mandatory, parameter set and
# aliases asked for, or -Not; the message says what was expected and what was not so.
function Check([scriptblock] $assertion) {
    try {
        & $assertion
        'passed'
    } catch {
        "$($_.FullyQualifiedErrorId): $($_.Exception.Message)"
    }
}
function Get-Thing {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(Mandatory, ParameterSetName = 'ByName')][Alias('N')][string] $Name,
        [Parameter(ParameterSetName = 'ById')][int] $Id
    )
}
$command = Get-Command Get-Thing
Check { $command | Should -HaveParameter Name -Mandatory -Type [string] -Alias N }
Check { $command | Should -HaveParameter Name -InParameterSet ByName -Type string }
Check { $command | Should -HaveParameter Id -Mandatory }
Check { $command | Should -HaveParameter Missing }
Check { $command | Should -Not -HaveParameter Missing }
Check { $command | Should -Not -HaveParameter Name }
Check { $command | Should -HaveParameter Id -InParameterSet ByName }
Check { $command | Should -HaveParameter Id -Type string -Alias I, J -Because 'ids are strings' }
Check { Get-Command Get-Item | Should -HaveParameter Path -Type 'string[]' }
Check { 'Get-Thing' | Should -HaveParameter Name }
