$global:log = [System.Collections.ArrayList]::new()
Describe 'Outer' {
    BeforeAll { $fromBeforeAll = 'ba'; $null = $log.Add('BeforeAll') }
    AfterAll { $null = $log.Add('AfterAll') }
    BeforeEach { $null = $log.Add('outer BeforeEach'); $fromBeforeEach = 'be' }
    AfterEach { $null = $log.Add('outer AfterEach') }
    $fromDescribe = 'd'

    It 'sees the variables of Describe, BeforeAll and BeforeEach' {
        $null = $log.Add('test 1')
        "$fromDescribe $fromBeforeAll $fromBeforeEach" | Should -Be 'd ba be'
    }

    Context 'Inner' {
        BeforeEach { $null = $log.Add('inner BeforeEach') }
        AfterEach { $null = $log.Add('inner AfterEach') }

        It 'runs outer BeforeEach first and inner AfterEach first' {
            $null = $log.Add('test 2')
            1 | Should -Be 2
        }

        It 'goes on after a terminating error' {
            $null = $log.Add('test 3')
            Write-Error 'stopped here' -ErrorAction Stop
        }
    }

    It 'adds <a> and <b> to get <sum>' -TestCases @(
        @{ a = 1; b = 2; sum = 3 }
        @{ a = 2; b = 2; sum = 5 }
    ) {
        param($a, $b, $sum)
        $a + $b | Should -Be $sum
    }

    It 'is skipped' -Skip { throw 'not run' }
    It 'is pending' -Pending { throw 'not run' }
    It 'is empty, so pending' { }
    It 'leaves no variables behind' { $fromIt = 1 }
    It 'does not see the variables of an earlier test' { $fromIt | Should -BeNullOrEmpty }
}
