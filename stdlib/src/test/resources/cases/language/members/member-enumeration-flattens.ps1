# Member enumeration flattens collection values one level and skips elements without the member.
$list = [pscustomobject]@{ Tags = 'x', 'y' }, [pscustomobject]@{ Tags = 'z' }
$list.Tags.Count
$list.Tags -join ','
$h = @{ a = 1 }, @{ a = 2 }, @{ b = 3 }
$h.a
(@(1, 'two', 3)).Length
