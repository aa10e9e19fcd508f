# changing a document: property sets, the DOM methods, InnerXml
$x = [xml]'<cfg><setting name="a">1</setting><opt>old</opt><list><i>1</i><i>2</i></list></cfg>'
$x.cfg.opt = 42
$x.cfg.opt
$x.cfg.setting.name = 'b'
$x.cfg.setting.InnerText = '2'
$x.cfg.setting.OuterXml
$e = $x.CreateElement('new')
$e.SetAttribute('id', '7')
$e.InnerText = 'fresh'
$x.cfg.AppendChild($e).Name
$x.cfg.new.id
$copy = $e.CloneNode($true)
[object]::ReferenceEquals($copy, $e)
$null -eq $copy.ParentNode
$null = $x.cfg.InsertAfter($copy, $x.cfg.SelectSingleNode('opt'))
($x.cfg.ChildNodes | ForEach-Object Name) -join ','
$null = $x.cfg.RemoveChild($x.cfg.SelectSingleNode('opt'))
$null = $x.cfg.PrependChild($x.CreateComment(' first '))
($x.cfg.ChildNodes | ForEach-Object Name) -join ','
$x.cfg.list.InnerXml = '<j>9</j><j>8</j>'
$x.cfg.list.j -join '+'
$other = [xml]'<o><p>imported</p></o>'
$null = $x.cfg.AppendChild($x.ImportNode($other.o.SelectSingleNode('p'), $true))
$x.cfg.p
$x.cfg.setting.RemoveAttribute('name')
$x.cfg.setting
$attr = $x.CreateAttribute('extra')
$attr.Value = 'yes'
$null = $x.cfg.list.Attributes.Append($attr)
$x.cfg.list.extra
$x.cfg.list.HasAttribute('extra')
$x.cfg.list.RemoveAll()
$x.cfg.list.OuterXml
$null = $x.cfg.ReplaceChild($x.CreateElement('swapped'), $x.cfg.SelectSingleNode('list'))
$null = $x.InsertBefore($x.CreateXmlDeclaration('1.0', 'utf-8', $null), $x.DocumentElement)
$x.FirstChild.NodeType
$x.FirstChild.Encoding
$x.cfg.new[0].InnerText = 'a<b&c'
$x.cfg.new[1].SetAttribute('q', 'say "hi"')
$x.OuterXml
$x.cfg.InnerText
