# A script on a FileSystem drive of the session runs by its drive path (TestDrive:\x.ps1 in Pester)
New-PSDrive -Name X -PSProvider FileSystem -Root $PWD | Out-Null
Set-Content X:\a.ps1 "'ran from the drive'"
& "X:\a.ps1"
& X:/a.ps1
. x:\a.ps1
& "Q:\a.ps1"
