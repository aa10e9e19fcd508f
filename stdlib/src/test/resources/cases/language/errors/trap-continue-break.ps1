function Test-Continue {
    trap { "trapped: $_"; continue }
    'before'
    throw 'first'
    'went on'
    1 / 0
    'end of function'
}
Test-Continue
'after the function'

function Test-Break {
    trap { "trapped: $_"; break }
    'before'
    throw 'broken'
    'never printed'
}
try { Test-Break } catch { "caller caught: $($_.Exception.Message)" }

foreach ($i in 1..2) {
    trap { "loop trap $i"; continue }
    throw "in loop $i"
    "loop body goes on $i"
}
'done'
