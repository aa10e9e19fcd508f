'start'
throw 'fatal error'
'not reached'
