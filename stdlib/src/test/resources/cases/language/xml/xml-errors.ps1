# invalid XML: the cast's InvalidCastToXmlDocument, with .NET's XmlException message
try { [xml]'nope' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [xml]('<a/>', 'x') } catch { $_.Exception.Message }
try { [xml]'' } catch { $_.Exception.Message }
try { [xml]'<a>' } catch { $_.Exception.Message }
$x = [xml]'<cfg><setting name="a">1</setting><list><i>1</i><i>2</i></list></cfg>'
# only a single attribute or text-only element can be set through a property
try { $x.cfg.setting = 'z' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.GetType().Name }
try { $x.cfg.list = 'z' } catch { $_.FullyQualifiedErrorId }
try { $x.cfg.list.i = 'z' } catch { $_.FullyQualifiedErrorId }
try { $x.cfg.nothere = 'z' } catch { $_.FullyQualifiedErrorId }
$x.cfg.OuterXml
try { $x.LoadXml('<broken') } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.GetType().FullName }
# a failed load leaves the document as it was
$x.cfg.setting.name
try { $x.CreateElement('1bad') } catch { $_.Exception.InnerException.Message }
try { $x.CreateElement('has space') } catch { $_.Exception.InnerException.Message }
$other = [xml]'<o><p/></o>'
try { $x.cfg.AppendChild($other.o.SelectSingleNode('p')) } catch { $_.Exception.InnerException.Message }
try { $x.AppendChild($x.CreateElement('second')) } catch { $_.Exception.InnerException.Message }
try { $x.cfg.RemoveChild($other.DocumentElement) } catch { $_.Exception.InnerException.Message }
try { [xml]'<a/>' | ForEach-Object { $_.a.SetAttribute('x', 'y') } } catch { $_.FullyQualifiedErrorId }
