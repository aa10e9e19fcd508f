# Pester 5's two phases: Discovery runs the file (the Describe and Context bodies, BeforeDiscovery) to find
# the tests; the Run phase then runs the setup blocks, hoisted to their block wherever written, and the
# tests. A top-level BeforeAll runs before the file's tests; what the bodies set at Discovery is not seen.
Set-Content -Path ./phases.Tests.ps1 -Value @'
BeforeAll {
    function Get-Answer { 42 }
    $null = $log.Add('file BeforeAll')
}
BeforeDiscovery { $cases = 'a', 'b' }
$null = $log.Add('discovery: file')
$fromDiscovery = 'discovery'

Describe 'Outer' {
    $null = $log.Add('discovery: Outer')
    $fromBody = 'body'
    It 'runs after the BeforeAll written after it' {
        $null = $log.Add('test 1')
        $fromBeforeAll | Should -Be 'ba'
        Get-Answer | Should -Be 42
    }
    BeforeAll {
        $null = $log.Add('Outer BeforeAll')
        $fromBeforeAll = 'ba'
    }
    AfterAll { $null = $log.Add('Outer AfterAll') }
    BeforeEach { $null = $log.Add('Outer BeforeEach'); $fromBeforeEach = 'be' }
    AfterEach { $null = $log.Add("Outer AfterEach $fromTest") }

    It 'does not see what Discovery set' {
        $null = $log.Add('test 2')
        $fromBody | Should -BeNullOrEmpty
        $fromDiscovery | Should -BeNullOrEmpty
    }

    Context 'Inner' {
        BeforeEach { $null = $log.Add('Inner BeforeEach') }
        It 'shares its scope with BeforeEach and AfterEach' {
            $null = $log.Add('test 3')
            $fromBeforeEach | Should -Be 'be'
            $fromTest = 'set by the test'
        }
    }

    foreach ($case in $cases) {
        It "is found in a loop at Discovery ($case)" { $null = $log.Add('test 4') }
    }
}
'@
$global:log = [System.Collections.ArrayList]::new()
$result = Invoke-Pester -Path ./phases.Tests.ps1 -Output None -PassThru
$global:log
'{0}: total {1}, passed {2}, failed {3}' -f $result.Result, $result.TotalCount, $result.PassedCount, $result.FailedCount
$result.Failed | ForEach-Object { $_.ExpandedPath; $_.ErrorRecord[0].Exception.Message }

# A failing BeforeAll: its block's tests do not run and count as failed; a failing top-level BeforeAll fails
# the whole file. A block whose tests are all skipped does not run its BeforeAll.
Set-Content -Path ./setup.Tests.ps1 -Value @'
Describe 'Broken' {
    BeforeAll { throw 'no setup' }
    It 'does not run' { $null = $log.Add('not run') }
}
Describe 'Fine' {
    It 'runs' { }
}
Describe 'Skipped' -Skip {
    BeforeAll { $null = $log.Add('skipped BeforeAll') }
    It 'is skipped' { }
}
'@
$result = Invoke-Pester -Path ./setup.Tests.ps1 -Output None -PassThru
'{0}: passed {1}, failed {2}, failed blocks {3}' -f $result.Result, $result.PassedCount, $result.FailedCount, $result.FailedBlocksCount
$result.FailedBlocks | ForEach-Object { $_.Name; $_.ErrorRecord[0].Exception.Message }
$result.Tests | ForEach-Object { '{0} {1} executed: {2}' -f $_.ExpandedPath, $_.Result, $_.Executed }
$LASTEXITCODE

Set-Content -Path ./file.Tests.ps1 -Value @'
BeforeAll { throw 'no file setup' }
Describe 'All' { It 'does not run' { } }
'@
$result = Invoke-Pester -Path ./file.Tests.ps1 -Output None -PassThru
'{0}: passed {1}, failed {2}, failed containers {3}' -f $result.Result, $result.PassedCount, $result.FailedCount, $result.FailedContainersCount
$global:log -contains 'not run'
$global:log -contains 'skipped BeforeAll'
Remove-Item ./phases.Tests.ps1, ./setup.Tests.ps1, ./file.Tests.ps1
