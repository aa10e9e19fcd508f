# about_Switch: the -File path takes wildcards, which must match exactly one file
$dir = (New-Item -Path "Temp:\docs-switch-$PID" -ItemType Directory -Force).FullName
Set-Content -Path "$dir/README.md" -Value '# Title', 'intro', '## Section', 'body'
Push-Location $dir
switch -Regex -File ./README.* {
    '^##\s' { break }
    default { $_; continue }
}
Set-Content -Path "$dir/README.txt" -Value 'other'
try { switch -File ./README.* { default { $_ } } } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { switch -File ./NOTHING.* { default { $_ } } } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Pop-Location

# brackets are wildcards too: the literal path must be escaped
$file = (New-Item -Path "$dir/Foo[0]" -Value Foo -Force).FullName
try { switch -File $file { Foo { 'Foo' } } } catch { $_.Exception.Message -replace [regex]::Escape($dir), 'DIR' }
$fileEscaped = [WildcardPattern]::Escape($file)
switch -File $fileEscaped { foo { 'Foo' } }
Remove-Item -LiteralPath $dir -Recurse
