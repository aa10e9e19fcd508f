try { 'body' } finally { 'finally after success' }
try { try { throw 'x' } finally { 'inner finally' } } catch { "caught $_" } finally { 'outer finally' }
try { 1/0 } finally { 'finally after a statement-terminating error' }
'the statement after the try goes on'
try { try { throw 'inner' } catch { "inner caught: $_"; throw 'replaced' } finally { 'inner finally' } } catch { "outer caught: $_" }
try { 'a body that succeeds' } catch { 'no error, no catch' } finally { 'finally without an error' }
