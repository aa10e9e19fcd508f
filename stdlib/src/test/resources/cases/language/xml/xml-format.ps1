# how nodes show: their attributes and children alone, as a table up to four of them, else a list
[xml]'<?xml version="1.0"?><root><a>1</a></root>' | Format-Table
([xml]'<r><a>1</a><b x="2"/><c>3</c><c>4</c><c>5</c><c>6</c><c>7</c></r>').r | Format-Table
([xml]'<r a="1" b="2" c="3" d="4" e="5"/>').r | Out-Host
([xml]'<r><a>1</a><b x="2"/></r>').r | Format-List
# Get-Member shows the node's content as its properties; the base view, the .NET ones
$r = ([xml]'<r><item>one</item><item>two</item><single>x</single></r>').r
$r | Get-Member -MemberType Property | Format-Table Name, Definition
($r | Get-Member -MemberType Property -View Base).Name -contains 'InnerXml'
