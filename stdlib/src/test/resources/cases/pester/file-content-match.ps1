# Should -FileContentMatch(Exactly) match a line of the file; the Multiline ones the whole text.
function Check([scriptblock] $assertion) {
    try {
        & $assertion
        'passed'
    } catch {
        "$($_.FullyQualifiedErrorId): $($_.Exception.Message -replace '(?s) from \S*:\d+ char:\d+.*$', '')"
    }
}
Set-Content -Path ./file.txt -Value "I am the first line.`nI am the second line." -NoNewline
Check { './file.txt' | Should -FileContentMatch 'second' }
Check { './file.txt' | Should -FileContentMatch '^I am the second' }
Check { './file.txt' | Should -FileContentMatch 'third' }
Check { './file.txt' | Should -Not -FileContentMatch 'first' }
Check { './file.txt' | Should -FileContentMatchExactly 'I AM' }
Check { './file.txt' | Should -FileContentMatchMultiline 'first line\.\r?\nI am' }
Check { './file.txt' | Should -FileContentMatchMultiline '^I am the second' }
Check { './file.txt' | Should -FileContentMatchMultilineExactly 'FIRST' -Because 'case counts' }
