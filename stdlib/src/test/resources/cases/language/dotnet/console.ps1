# [Console] writes straight to standard output and error; nothing reaches the pipeline
$x = [Console]::WriteLine('a')
$null -eq $x
[Console]::WriteLine()
[Console]::WriteLine('{0} + {1} = {2}', 1, 2, 3)
[Console]::WriteLine('{0}')
[Console]::WriteLine(42)
[Console]::WriteLine(1.5)
[Console]::WriteLine($true)
[Console]::Write('no newline ')
[Console]::Write('{0}|', 'x')
[System.Console]::WriteLine()
[Console]::Out.WriteLine('via Out')
[Console]::Out.Write('w')
[Console]::Out.Flush()
[Console]::Out.WriteLine()
[Console]::Error.WriteLine('to stderr')
[Console]::Error.WriteLine('err {0}', 7)
# Out and Error are TextWriters (SyncTextWriter), In a TextReader (SyncTextReader)
[Console]::Out -is [System.IO.TextWriter]
[Console]::Error -is [System.IO.TextWriter]
[Console]::In -is [System.IO.TextReader]
[Console]::Out.GetType().FullName
"$([Console]::Error)"
[Console]::In.GetType().FullName
[Console]::Out.WriteLine('x')
[Console]::Error.Write('partial ')
[Console]::Error.Write('{0}|', 'y')
[Console]::Error.WriteLine([char[]]'line', 1, 2)
[int][char][Console]::Out.NewLine
[Console]::Out.Encoding.WebName
[Console]::WriteLine([char[]]'chars')
# as in pwsh, a string is almost a char[]: Write(string, object, object) and Write(char[], int, int) tie
try { [Console]::WriteLine('{0}-{1}', 1, 2) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
[Console]::WriteLine('{0}-{1}', 'x', 2)
function Write-To([System.IO.TextWriter]$writer) { $writer.WriteLine('passed as a TextWriter') }
Write-To ([Console]::Out)
# as in .NET, the console's writers leave their streams open: Close and Dispose only flush
[Console]::Out.Close()
[Console]::Out.Dispose()
[Console]::Out.WriteLine('after Dispose')
[Console]::WriteLine('static after Dispose')
# the NewLine of Console.Out is what Console.WriteLine ends lines with
[Console]::Out.NewLine = "!`n"
[Console]::WriteLine('bang')
[Console]::Out.NewLine = "`n"
@([Console]::WriteLine('b')).Count
# colours: unknown (-1) until set; redirected output gets no escape codes
[Console]::ForegroundColor
[Console]::ForegroundColor = 'Red'
[Console]::ForegroundColor
[Console]::BackgroundColor = [ConsoleColor]::DarkBlue
[Console]::BackgroundColor
[Console]::WriteLine('plain')
[Console]::ResetColor()
[int][Console]::ForegroundColor
[Console]::IsOutputRedirected
[Console]::WindowWidth
[Console]::BufferWidth
[ConsoleColor]::Yellow.value__
try { [Console]::ForegroundColor = 'Pink' } catch { $_.FullyQualifiedErrorId }
