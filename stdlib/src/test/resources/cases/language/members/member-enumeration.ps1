# A member the collection lacks is taken from each element.
$objs = [pscustomobject]@{ Name = 'a'; N = 1 }, [pscustomobject]@{ Name = 'b'; N = 2 }
$objs.Name
$objs.N
('a', 'bb').Length
('ab', 'cd').ToUpper()
($objs.Missing).Count
$null -eq $objs.Missing
