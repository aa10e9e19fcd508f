# One result is a scalar, more are an array.
$one = @([pscustomobject]@{ v = 5 })
$one.v
$one.v.GetType().Name
$two = [pscustomobject]@{ v = 1 }, [pscustomobject]@{ v = 2 }
$two.v.GetType().Name
