trap [System.DivideByZeroException] { "typed trap: $($_.Exception.GetType().Name)" }
1/0
'after'
throw 'no trap takes this'
'not reached'
