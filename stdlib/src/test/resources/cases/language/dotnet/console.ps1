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
