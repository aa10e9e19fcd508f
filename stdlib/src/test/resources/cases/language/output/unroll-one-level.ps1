# A function's output collection is unrolled one level into the pipeline.
function Three { 1, 2, 3 }
(Three).Count
function Nested { @(1, @(2, 3)) }
(Nested).Count
(Nested)[1].Count
function Wrapped { , @(1, 2) }
$r = Wrapped
$r.Count
@(Wrapped).Count
@(Three).Count
