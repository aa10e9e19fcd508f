# Strings and hashtables are single pipeline objects.
function Table { @{ a = 1; b = 2 } }
@(Table).Count
(Table).Count
@('abc' | ForEach-Object { $_ }).Count
$h = @{ x = 1 }
@($h | ForEach-Object { $_ }).Count
