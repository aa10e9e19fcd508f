# Every uncaptured value is output; return outputs then leaves.
function Several {
    'a'
    $null = 'discarded'
    [void]'also discarded'
    'b' | Out-Null
    return 'c'
    'never'
}
Several
$all = Several
$all.Count
