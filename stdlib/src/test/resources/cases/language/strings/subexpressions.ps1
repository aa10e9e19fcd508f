# $( ) in strings runs statements; arrays join with spaces; $null is empty.
$n = 3
"sum: $(1 + $n)"
"list: $(1..3)"
"none: [$($null)]"
"empty: [$()]"
"nested: $("in" + "ner")"
"multi: $(1; 2)"
"call: $('abc'.ToUpper())"
"cond: $(if ($n -gt 2) { 'big' } else { 'small' })"
