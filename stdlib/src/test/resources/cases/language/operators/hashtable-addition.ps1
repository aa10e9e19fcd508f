# Adding hashtables merges them into a new one; a duplicate key is an error.
$h = @{ a = 1 } + @{ b = 2 }
$h.Count
$h.b
$h += @{ c = 3 }
$h.Keys.Count
@{ a = 1 } + @{ a = 2 }
'after'
