# [xml] and dot navigation: attributes and children are properties (pwsh's XmlNodeAdapter)
$x = [xml]@'
<?xml version="1.0" encoding="utf-8"?>
<catalog xmlns:p="urn:p">
  <book id="bk101"><title>XML Guide</title><price>44.95</price></book>
  <book id="bk102"><title>Midnight</title><price>5.95</price></book>
  <Name>shadows XmlNode.Name</Name>
  <empty/>
  <flag on="yes"/>
  <p:pre>prefixed</p:pre>
  <mixed>text<b>bold</b></mixed>
  <!-- a comment -->
  <cd><![CDATA[<raw>]]></cd>
</catalog>
'@
$x.GetType().FullName
$x.xml
$x.catalog.GetType().FullName
# several children of a name are an array; a text-only child is a string
$x.catalog.book.GetType().FullName
$x.catalog.book.Count
$x.catalog.book[1].id
$x.catalog.book.title
$x.catalog.book[0].price.GetType().FullName
# names are case-insensitive and local (no prefix); an XML child hides the .NET property of its name
$x.CATALOG.BOOK[0].TITLE
$x.catalog.pre
$x.catalog.Name
$x.catalog.get_Name()
$x.catalog.p
# an empty element is "", an element with attributes is the element
"[$($x.catalog.empty)]"
$x.catalog.flag.GetType().FullName
$x.catalog.flag.on
# text, comments and CDATA by their node names
$x.catalog.mixed.'#text'
$x.catalog.mixed.b
$x.catalog.'#comment'
$x.catalog.cd.'#cdata-section'
$null -eq $x.catalog.missing
# an element is one object, never enumerated; ChildNodes is a list
foreach ($n in $x.catalog) { 'once' }
@($x.catalog).Count
$x.catalog.ChildNodes.Count
($x.catalog.ChildNodes | ForEach-Object { $_.NodeType }) -join ','
$x.catalog.ChildNodes[0].id
$x.catalog['book'].id
$x.catalog.book[0].Attributes['id'].Value
$x.catalog.book[0].Attributes[0].Name
$x.catalog.book[0].GetAttribute('id')
# ToString is the local name; a raw node in a string is its type name, nodes in an array their names
$x.catalog.ToString()
"$($x.catalog)"
"$($x.catalog.book)"
$x.catalog -is [System.Xml.XmlElement]
$x.catalog -is [System.Xml.XmlNode]
$x -is [xml]
[object]::ReferenceEquals($x.catalog, $x.DocumentElement)
$x.catalog.book[0].ParentNode.LocalName
$x.catalog.book[0].OwnerDocument -eq $x
# the cast joins lines with newlines, so Get-Content's lines parse
Set-Content lines.xml '<r>', '<v>1</v>', '</r>'
([xml](Get-Content lines.xml)).r.v
[xml]$typed = '<a>1</a>'
$typed.a
$empty = [xml]::new()
$empty.OuterXml.Length
$empty.DocumentElement -eq $null
(New-Object xml).GetType().Name
