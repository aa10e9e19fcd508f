# Pester 5's data-driven tests: -ForEach (or -TestCases) on Describe, Context and It makes one block or test
# per item; a hashtable's keys become variables and the item is $_, in the body at Discovery and in the
# setup blocks and tests at Run; <name>, <name.Property> and <_> in names expand to those values. A test
# with a param() block gets the keys as parameters, as Pester 4's -TestCases. The filters choose tests by
# tag (of the test or its blocks) and by full name; the others are NotRun.
Set-Content -Path ./data.Tests.ps1 -Value @'
Describe 'Fruit <name>' -ForEach @(
    @{ name = 'apple'; info = @{ color = 'red' } }
    @{ name = 'lime'; info = @{ color = 'green' } }
) {
    BeforeAll { $upper = $name.ToUpper() }
    It 'is <info.color>' { $info.color | Should -Not -BeNullOrEmpty }
    It 'sees its data in BeforeAll: <name>' { $upper | Should -Be $name.ToUpper() }
    It 'counts <_>' -ForEach 1, 2 { $_ | Should -BeLessThan 3 }
}
Describe 'Legacy' {
    It 'adds <a> and <b>' -TestCases @{ a = 1; b = 2 }, @{ a = 2; b = 2 } {
        param($a, $b)
        $a + $b | Should -Be 3
    }
    It 'is not made for an empty -ForEach' -ForEach @() { throw 'never' }
}
Describe 'Tagged' -Tag 'slow' {
    It 'is slow' { }
    It 'is also fast' -Tag 'fast' { }
}
'@
$result = Invoke-Pester -Path ./data.Tests.ps1 -Output None -PassThru
$result.Tests | ForEach-Object { '{0} | {1} | {2}' -f $_.ExpandedPath, $_.Result, ($_.ErrorRecord | ForEach-Object { $_.Exception.Message }) }
$result.Tests[2].Data

$result = Invoke-Pester -Path ./data.Tests.ps1 -Output None -PassThru -TagFilter fast
'Tag fast: passed {0}, not run {1}' -f $result.PassedCount, $result.NotRunCount
$result = Invoke-Pester -Path ./data.Tests.ps1 -Output None -PassThru -ExcludeTagFilter slow -FullNameFilter 'Fruit*'
'not slow, Fruit*: passed {0}, not run {1}' -f $result.PassedCount, $result.NotRunCount

$config = New-PesterConfiguration
$config.Run.Path = './data.Tests.ps1'
$config.Run.PassThru = $true
$config.Filter.Tag = 'slow'
$config.Output.Verbosity = 'None'
$result = Invoke-Pester -Configuration $config
'configuration: passed {0}, not run {1}' -f $result.PassedCount, $result.NotRunCount
$config = New-PesterConfiguration -Hashtable @{ Run = @{ Path = './data.Tests.ps1'; PassThru = $true }; Filter = @{ FullName = '*Legacy*' }; Output = @{ Verbosity = 'None' } }
$config.Run.PassThru.Value
$result = Invoke-Pester -Configuration $config
'hashtable: passed {0}, failed {1}, not run {2}' -f $result.PassedCount, $result.FailedCount, $result.NotRunCount
Remove-Item ./data.Tests.ps1
