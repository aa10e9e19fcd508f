[System.IO.File]::ReadAllText('/nonexistent-jposh-dir/x.txt')
[System.IO.File]::ReadAllText('/')
[System.IO.File]::ReadAllText($null)
'after'
