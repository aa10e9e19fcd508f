trap { "trapped: $_" }
'one'
1/0
'two'
throw 'thrown under a trap'
'three'
