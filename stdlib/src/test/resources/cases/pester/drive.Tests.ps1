Describe 'TestDrive' {
    $global:drive = $TestDrive
    It 'is a folder' {
        $TestDrive | Should -Exist
        Set-Content -Path (Join-Path $TestDrive 'a.txt') -Value 'x'
        Join-Path $TestDrive 'a.txt' | Should -Exist
    }
    Context 'nested' {
        It 'is the same folder' {
            $TestDrive | Should -Be $global:drive
            Join-Path $TestDrive 'a.txt' | Should -Exist
        }
    }
}
Describe 'Another' {
    It 'has a new folder' {
        $TestDrive | Should -Not -Be $global:drive
        Join-Path $TestDrive 'a.txt' | Should -Not -Exist
    }
}
