# The label of break and continue may be computed when the statement runs.
$target = 'outer'
:outer while ($true) {
    :inner while ($true) { break $target }
    'not printed'
}
'left outer'
$none = $null
foreach ($i in 1..3) { foreach ($j in 1..3) { break $none }; "i=$i" }
