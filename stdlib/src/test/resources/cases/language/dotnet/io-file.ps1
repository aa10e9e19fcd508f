$dir = (Get-Location).Path
$file = [System.IO.Path]::Combine($dir, 'notes.txt')
[System.IO.File]::Exists($file)
[System.IO.File]::WriteAllText($file, "one`ntwo")
[System.IO.File]::Exists($file)
[System.IO.File]::ReadAllText($file)
[System.IO.File]::AppendAllText($file, "`nthree")
$lines = [System.IO.File]::ReadAllLines($file)
$lines.Count
$lines[2]
[System.IO.File]::WriteAllLines($file, [string[]]@('x', 'y'))
[System.IO.File]::ReadAllText($file).Length
$copy = [System.IO.Path]::Combine($dir, 'copy.txt')
[System.IO.File]::Copy($file, $copy)
[System.IO.File]::ReadAllLines($copy)
[System.IO.File]::Delete($copy)
[System.IO.File]::Exists($copy)
[System.IO.File]::Delete($copy)
'deleting a missing file is not an error'
