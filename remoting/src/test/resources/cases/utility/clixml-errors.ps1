# The file errors are pwsh's PathUtils errors; a failed Export-Clixml leaves an existing file as it was.
'first' | Export-Clixml kept.xml
'second' | Export-Clixml kept.xml -NoClobber
Import-Clixml kept.xml
'x' | Export-Clixml missing/x.xml
New-Item -ItemType Directory folder | Out-Null
'x' | Export-Clixml folder
Import-Clixml folder
Import-Clixml nothing.xml
Import-Clixml -LiteralPath 'no[such].xml'
Import-Clixml '*.none'
Import-Clixml '*'
'x' | Export-Clixml -Path env:NotAFile
'x' | Export-Clixml kept.xml -Depth 0
Import-Clixml kept.xml

# Text that is not a CLIXML document is pwsh's XmlException, placed where .NET's reader finds the problem.
Set-Content plain.txt -Value 'not xml'
Import-Clixml plain.txt
Set-Content other.xml -Value '<root />'
Import-Clixml other.xml
Set-Content unknown.xml -Value '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">', '  <Foo />', '</Objs>'
Import-Clixml unknown.xml
Set-Content number.xml -Value '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><I32>x</I32></Objs>'
Import-Clixml number.xml
'done'
