function Times10 { process { $_ * 10 } }
1, 2, 3 | Times10
filter Double { $_ * 2 }
1..3 | Double
function Collect { "got $(@($input).Count) items" }
1..4 | Collect
function Blocks {
    begin { "begin" }
    process { "process $_" }
    end { "end" }
}
'a', 'b' | Blocks
