# $Host.UI.RawUI: the console's colours, a title, and sizes as wide as the host's lines
$raw = $Host.UI.RawUI
$raw.GetType().FullName
$raw.BackgroundColor -eq [ConsoleColor]::DarkMagenta
$raw.WindowSize.Width
$raw.BufferSize.Width -eq $raw.WindowSize.Width
$raw.WindowTitle = 'building'
$raw.WindowTitle
$raw.ForegroundColor = 'Yellow'
$raw.ForegroundColor
[Console]::ForegroundColor
[Console]::ResetColor()
