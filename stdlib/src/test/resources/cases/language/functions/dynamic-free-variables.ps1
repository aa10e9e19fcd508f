# Without GetNewClosure, a script block's free variables are resolved when it runs.
$v = 'first'
$sb = { $v }
$v = 'second'
& $sb
function Caller { $v = 'caller'; & $sb }
Caller
