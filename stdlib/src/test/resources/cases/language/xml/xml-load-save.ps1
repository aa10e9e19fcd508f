# Load and Save: files (relative to the process's directory, so these use full paths), streams, readers, writers
$x = [xml]'<?xml version="1.0" encoding="utf-8"?><root><a x="1">t</a><b><c/><d>q</d></b><m>text<e/>more</m></root>'
$x.Save("$PWD/out1.xml")
# indented two spaces, mixed content kept on its line, no newline at the end
[System.IO.File]::ReadAllText("$PWD/out1.xml")
# a declaration naming utf-8 gives a byte-order mark, as .NET's encoding does; no declaration, no mark
([System.IO.File]::ReadAllBytes("$PWD/out1.xml") | Select-Object -First 3) -join ','
([xml]'<root/>').Save("$PWD/out2.xml")
[System.IO.File]::ReadAllBytes("$PWD/out2.xml")[0]
$loaded = New-Object xml
$loaded.Load("$PWD/out1.xml")
$loaded.root.b.d
$loaded.root.ChildNodes.Count
$spaced = New-Object xml
$spaced.PreserveWhitespace = $true
$spaced.Load("$PWD/out1.xml")
$spaced.root.ChildNodes.Count
$spaced.root.ChildNodes[0].NodeType
$spaced.root.b.d
$writer = [System.IO.StringWriter]::new()
$x.Save($writer)
$writer.ToString()
$stream = [System.IO.MemoryStream]::new()
$x.Save($stream)
$stream.Position = 0
$fromStream = New-Object xml
$fromStream.Load($stream)
$fromStream.root.a.'#text'
$fromStream.Load([System.IO.StringReader]::new('<s><t>from a reader</t></s>'))
$fromStream.s.t
$kept = $fromStream
$fromStream.LoadXml('<n>new content</n>')
$kept.n
try { $fromStream.Load("$PWD/missing.xml") } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.GetType().FullName }
