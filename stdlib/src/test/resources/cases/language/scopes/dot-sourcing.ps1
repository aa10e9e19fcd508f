. { $dotted = 'kept' }
$dotted
& { $called = 'lost' }
"[$called]"
function Helper { $fromHelper = 'set' }
. Helper
$fromHelper
