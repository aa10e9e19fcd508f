# SelectNodes and SelectSingleNode: XPath 1.0, prefixes through an XmlNamespaceManager
$x = [xml]'<shop><item sku="a1" qty="3"><name>Pen</name></item><item sku="b2" qty="0"><name>Ink</name></item></shop>'
$x.SelectNodes('//item').Count
$x.SelectNodes('/shop/item[@qty > 0]/name') | ForEach-Object InnerText
$x.SelectSingleNode('//item[@sku="b2"]').name
$x.SelectSingleNode('//item/@sku').Value
$x.SelectSingleNode('//nothing') -eq $null
$x.shop.SelectNodes('item/name/text()') | ForEach-Object Value
foreach ($n in $x.SelectNodes('//item')) { $n.sku }
$x.GetElementsByTagName('name').Count
$feed = [xml]'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="urn:m"><entry m:id="1"><title>One</title></entry><entry m:id="2"><title>Two</title></entry></feed>'
# a default namespace needs a prefix in XPath
$feed.SelectNodes('//entry').Count
$ns = New-Object System.Xml.XmlNamespaceManager($feed.NameTable)
$ns.AddNamespace('a', 'http://www.w3.org/2005/Atom')
$ns.AddNamespace('m', 'urn:m')
$feed.SelectNodes('//a:entry/a:title', $ns) | ForEach-Object InnerText
$feed.SelectSingleNode('//a:entry[@m:id="2"]', $ns).title
$ns.LookupNamespace('m')
$feed.feed.NamespaceURI
$feed.feed.entry[0].id
$feed.feed.xmlns
try { $feed.SelectNodes('//a:entry') } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
try { $feed.SelectNodes('//z:entry', $ns) } catch { $_.Exception.InnerException.Message }
try { $x.SelectNodes('//[') } catch { $_.Exception.InnerException.Message }
