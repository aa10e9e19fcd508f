# Pester 5's mocks: a Mock in BeforeAll applies to all the block's tests, one in a test only to that test;
# Should -Invoke counts the calls of the running test by default (-Scope Context/Describe for the block's),
# -Not -Invoke fails for as many calls as -Times; Should -InvokeVerifiable checks the Mock -Verifiable ones.
# Mock -ModuleName and InModuleScope reach a module's own calls. Set-ItResult ends a test as skipped or
# inconclusive. A Mock in a Describe body, at Discovery, does nothing.
Set-Content -Path ./Greeter.psm1 -Value @'
function Get-Name { 'world' }
function Get-Greeting { "hello $(Get-Name)" }
Export-ModuleMember -Function Get-Greeting
'@
Import-Module ./Greeter.psm1

Set-Content -Path ./mock.Tests.ps1 -Value @'
function Get-Thing([string] $Name = 'real') { "real $Name" }

Describe 'Mocks' {
    BeforeAll {
        function Get-Thing([string] $Name = 'real') { "real $Name" }
        Mock Get-Thing { "mocked $Name" }
    }
    It 'uses the mock of BeforeAll' {
        Get-Thing a | Should -Be 'mocked a'
        Get-Thing b
        Should -Invoke Get-Thing -Times 2 -Exactly
        Should -Invoke Get-Thing -Times 1 -Exactly -ParameterFilter { $Name -eq 'b' }
    }
    It 'counts only its own calls by default' {
        Should -Not -Invoke Get-Thing
        Should -Invoke Get-Thing -Times 2 -Exactly -Scope Describe
    }
    It 'fails when the count is wrong' {
        Get-Thing
        Should -Invoke Get-Thing -Times 2 -Exactly -Because 'it is called twice'
    }
    It 'fails -Not -Invoke when called' {
        Get-Thing
        Should -Not -Invoke Get-Thing
    }
    It 'checks verifiable mocks' {
        Mock Get-Date { 'a date' } -Verifiable
        Should -InvokeVerifiable
    }
    It 'mocks a module''s own calls' {
        Mock Get-Name { 'mock' } -ModuleName Greeter
        Get-Greeting | Should -Be 'hello mock'
        Should -Invoke Get-Name -ModuleName Greeter -Times 1 -Exactly
    }
    It 'forgets the mock of an earlier test' {
        Get-Greeting | Should -Be 'hello world'
    }
    It 'runs code inside the module' {
        InModuleScope Greeter { Get-Name } | Should -Be 'world'
        InModuleScope Greeter { param($Who) "hi $Who" } -Parameters @{ Who = 'you' } | Should -Be 'hi you'
    }
    It 'is skipped by Set-ItResult' {
        Set-ItResult -Skipped -Because 'not today'
        throw 'not reached'
    }
    It 'is inconclusive' { Set-ItResult -Inconclusive }
    It 'rejects the legacy syntax' { 1 | Should Be 1 }
}
Describe 'A Mock in the body' {
    Mock Get-Greeting { 'ignored' }
    It 'is ignored, as it runs at Discovery' { Get-Greeting | Should -Be 'hello world' }
}
'@
$result = Invoke-Pester -Path ./mock.Tests.ps1 -Output None -PassThru
$result.Tests | ForEach-Object { '{0} | {1}' -f $_.ExpandedName, $_.Result; $_.ErrorRecord | ForEach-Object { '    ' + $_.Exception.Message.Trim() } }
'passed {0}, failed {1}, skipped {2}, inconclusive {3}' -f $result.PassedCount, $result.FailedCount, $result.SkippedCount, $result.InconclusiveCount
Remove-Module Greeter
Remove-Item ./mock.Tests.ps1, ./Greeter.psm1
