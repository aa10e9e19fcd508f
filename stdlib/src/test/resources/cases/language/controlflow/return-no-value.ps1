# return without a value leaves the script and outputs nothing more.
'first'
while ($true) { return }
'not printed'
