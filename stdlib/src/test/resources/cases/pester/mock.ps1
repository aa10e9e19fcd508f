# Mock: a function standing for the command while its block runs, the parameter filter choosing among
# mocks, the original running when no mock applies; Assert-MockCalled counting by scope and filter.
function Get-Greeting([string] $Name = 'world', [switch] $Loud) {
    $text = "hello $Name"
    if ($Loud) { $text.ToUpper() } else { $text }
}

Set-Content -Path ./mock.Tests.ps1 -Value @'
Describe 'Mock' {
    Mock Get-Greeting { 'mocked' }
    Mock Get-Greeting { "mocked for $Name" } -ParameterFilter { $Name -eq 'bob' }

    It 'runs the mock' {
        Get-Greeting | Should -Be 'mocked'
        Get-Greeting -Name bob | Should -Be 'mocked for bob'
        Get-Greeting bob | Should -Be 'mocked for bob'
        Assert-MockCalled Get-Greeting -Times 3 -Exactly -Scope It
        Assert-MockCalled Get-Greeting -Times 2 -Exactly -ParameterFilter { $Name -eq 'bob' } -Scope It
    }

    It 'counts the calls of the Describe by default' {
        Assert-MockCalled Get-Greeting -Times 3 -Exactly
        Assert-MockCalled Get-Greeting -Times 0 -Exactly -Scope It
    }

    It 'fails when the count is wrong' {
        Get-Greeting
        Assert-MockCalled Get-Greeting -Times 2 -Exactly -Scope It
    }

    It 'mocks cmdlets' {
        Mock Get-Date { 'a date' }
        Get-Date | Should -Be 'a date'
        Assert-MockCalled Get-Date -Scope It
    }

    Context 'a filter that does not match' {
        Mock Get-Greeting { 'only for ann' } -ParameterFilter { $Name -eq 'ann' }
        It 'uses the mock without filter' {
            Get-Greeting -Name zed | Should -Be 'mocked'
        }
    }

    It 'forgets a mock of an earlier test' {
        (Get-Date).GetType().Name | Should -Be 'DateTime'
    }
}

Describe 'After the Describe' {
    It 'calls the original again' {
        Get-Greeting -Name bob -Loud | Should -Be 'HELLO BOB'
    }
}
'@

$result = Invoke-Pester ./mock.Tests.ps1 -Show None -PassThru
foreach ($test in $result.TestResult) {
    '{0} | {1}' -f $test.Result, $test.Name
    if ($test.FailureMessage) { '    ' + $test.FailureMessage }
}
Get-Greeting -Name bob
