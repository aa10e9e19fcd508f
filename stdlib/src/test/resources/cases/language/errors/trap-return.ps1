# A return in a trap's body leaves the script block that holds the trap, not only the trap: the
# statements after the error do not run, the error is not written, and try's catch does not see it.
$a = . { try { 1; throw 'exception'; trap { 2; return }; 'not reached' } catch { 'not caught' } }
$a -join ','

function Test-TrapReturn {
    trap { "trapped: $_"; return 'returned' }
    'before'
    1 / 0
    'not reached'
}
(Test-TrapReturn) -join ','

function Test-TrapReturnFinally {
    try {
        trap { 'trap'; return }
        throw 'boom'
    } finally {
        'finally runs'
    }
    'not reached'
}
(Test-TrapReturnFinally) -join ','
'end'
