# [Console]::OutputEncoding: UTF-8 without a byte-order mark by default; setting it changes what the
# console's output is written in from then on
$console = [Console]::OutputEncoding
$console.WebName, $console.EncodingName, $console.CodePage, $console.BodyName, $console.GetPreamble().Count
[Console]::InputEncoding.WebName
$utf8 = [System.Text.Encoding]::UTF8
"$($utf8.WebName) preamble $($utf8.GetPreamble() -join ',') bytes $($utf8.GetBytes('é') -join ',')"
"no BOM: $([Text.UTF8Encoding]::new($false).GetPreamble().Count) $([Text.UTF8Encoding]::new($false).WebName)"
foreach ($name in 'Unicode', 'BigEndianUnicode', 'UTF32', 'ASCII', 'Latin1') {
    $e = [System.Text.Encoding]::$name
    "$name | $($e.WebName) | $($e.EncodingName) | $($e.CodePage) | $($e.IsSingleByte)"
}
[System.Text.Encoding]::GetEncoding('iso-8859-1').CodePage
[System.Text.Encoding]::GetEncoding(20127).WebName
[System.Text.Encoding]::Unicode.GetString([byte[]](104, 0, 105, 0))
try { [System.Text.Encoding]::GetEncoding('no-such') } catch { $_.Exception.InnerException.GetType().Name }
[Console]::OutputEncoding = [System.Text.Encoding]::ASCII
[Console]::OutputEncoding.WebName
[Console]::Out.Encoding.WebName
"caf$([char]0xE9) written as ASCII"
[Console]::OutputEncoding = [Text.UTF8Encoding]::new($false)
"caf$([char]0xE9) written as UTF-8"
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
"$([Console]::OutputEncoding.WebName) preamble $([Console]::OutputEncoding.GetPreamble().Count)"
