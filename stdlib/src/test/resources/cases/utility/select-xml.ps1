# Select-Xml: nodes, text and files; -Namespace for the expression's prefixes
$x = [xml]'<feed xmlns="urn:feed"><title>One</title><title>Two</title></feed>'
Select-Xml -Xml $x -XPath '//f:title' -Namespace @{f = 'urn:feed'} | ForEach-Object { $_.Node.InnerText; $_.Path; $_.Pattern }
$x | Select-Xml '//f:title' -Namespace @{f = 'urn:feed'} | ForEach-Object ToString
'<a><b>one<c>hello</c></b></a>' | Select-Xml -XPath '//b' | ForEach-Object ToString
(Select-Xml -Content '<r><v>1</v><v>2</v></r>' -XPath '//v').Node.'#text'
Set-Content s.xml "<r>`n  <v n='a'>1</v>`n</r>"
$found = Select-Xml -Path s.xml -XPath '//v/@n'
$found.Node.Value
"$found" -replace [regex]::Escape("$PWD"), '<pwd>'
(Select-Xml -LiteralPath s.xml -XPath '/r').Node.ChildNodes[0].NodeType
Select-Xml -Content '<r><v>1</v></r>' -XPath '//v'
# a file or text that is not XML is an error of its own; the rest go on
Select-Xml -Content 'not xml', '<ok/>' -XPath '/ok' -ErrorVariable failed -ErrorAction SilentlyContinue |
    ForEach-Object { $_.Node.Name }
$failed.FullyQualifiedErrorId
$failed.Exception.Message
Set-Content bad.xml '<a>'
Select-Xml -Path bad.xml, missing.xml -XPath '/a' -ErrorVariable failed -ErrorAction SilentlyContinue
$failed.FullyQualifiedErrorId
$failed[0].Exception.Message -replace [regex]::Escape("$PWD"), '<pwd>'
try { Select-Xml -Content '<r/>' -XPath '//[' } catch { $_.FullyQualifiedErrorId }
