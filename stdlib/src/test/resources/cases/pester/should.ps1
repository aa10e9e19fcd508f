# Should outside a test: a failed assertion is the PesterAssertionFailed error with Pester 5's message (Pester
# 4's, with a line pointing at where two strings differ; -Throw's messages end with where the error happened,
# left out here). Pester 3's legacy syntax still works outside Pester 5 runs.
function Check([scriptblock] $assertion) {
    try {
        & $assertion
        'passed'
    } catch {
        "$($_.FullyQualifiedErrorId): $($_.Exception.Message -replace '(?s) from \S*:\d+ char:\d+.*$', '')"
    }
}

Check { 1 | Should -Be 1 }
Check { 'ABC' | Should -Be 'abc' }
Check { 1 | Should -Be 2 }
Check { 'abc' | Should -Be 'abd' }
Check { 'abc' | Should -BeExactly 'ABC' }
Check { 1, 2, 3 | Should -Be 1, 2, 3 }
Check { 1, 2 | Should -Be 1, 2, 3 }
Check { 1 | Should -Not -Be 1 }
Check { $null | Should -BeNullOrEmpty }
Check { @() | Should -BeNullOrEmpty }
Check { '' | Should -BeNullOrEmpty }
Check { 'x' | Should -BeNullOrEmpty }
Check { 'x' | Should -Not -BeNullOrEmpty }
Check { $true | Should -BeTrue }
Check { 0 | Should -BeTrue }
Check { 0 | Should -BeFalse }
Check { 'hello' | Should -Match 'ell' }
Check { 'hello' | Should -Match '^e' }
Check { 'hello' | Should -MatchExactly 'HELLO' }
Check { 1, 2, 3 | Should -Contain 2 }
Check { 1, 2, 3 | Should -Contain 4 }
Check { 2 | Should -BeIn 1, 2, 3 }
Check { 1, 2, 3 | Should -HaveCount 3 }
Check { 1, 2 | Should -HaveCount 3 }
Check { 5 | Should -BeOfType [int] }
Check { 'x' | Should -BeOfType [int] }
Check { 5 | Should -BeOfType System.Int32 }
Check { 5 | Should -BeGreaterThan 4 }
Check { 5 | Should -BeGreaterThan 5 }
Check { 5 | Should -BeLessThan 4 }
Check { 5 | Should -BeGreaterOrEqual 5 }
Check { 5 | Should -BeLessOrEqual 4 }
Check { 'file.txt' | Should -BeLike '*.TXT' }
Check { 'file.txt' | Should -BeLikeExactly '*.TXT' }
Check { 'file.txt' | Should -Not -BeLike '*.txt' -Because 'it is text' }
Check { '.' | Should -Exist }
Check { './nothing-here' | Should -Exist }

'-- legacy syntax'
Check { 5 | Should Be 5 }
Check { 5 | Should Not Be 5 }
Check { 'a' | Should BeExactly 'A' }
Check { { throw 'x' } | Should Throw }
Check { 5 | Should Frobnicate 5 }

'-- Throw'
Check { { throw 'boom' } | Should -Throw }
Check { { 1 } | Should -Throw }
Check { { throw 'the boom happened' } | Should -Throw 'BOOM' }
Check { { throw 'the boom happened' } | Should -Throw -ExpectedMessage '*boom*' }
Check { { throw 'boom' } | Should -Throw 'bang' }
Check { { Get-Item ./nothing-here -ErrorAction Stop } | Should -Throw -ErrorId 'PathNotFound' }
Check { { Get-Item ./nothing-here -ErrorAction Stop } | Should -Throw -ErrorId 'pathnotfound,Microsoft.PowerShell.Commands.GetItemCommand' }
Check { { Get-Item ./nothing-here -ErrorAction Stop } | Should -Throw -ErrorId 'Other' }
Check { { [int]::Parse('x') } | Should -Throw -ExceptionType ([System.Management.Automation.MethodInvocationException]) }
Check { { [int]::Parse('x') } | Should -Throw -ExceptionType ([System.FormatException]) }
Check { { throw 'boom' } | Should -Not -Throw }
Check { { 1 } | Should -Not -Throw }
$err = { throw 'kept' } | Should -Throw -PassThru
$err.Exception.Message
$err.GetType().Name
