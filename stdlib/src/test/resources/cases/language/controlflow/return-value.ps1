# return writes its value to the output, then leaves the script, even from inside a loop.
'first'
foreach ($i in 1..5) {
    if ($i -eq 2) { return "returned at $i" }
    "i=$i"
}
'not printed'
