# break outside any loop ends the script without an error.
'before'
if ($true) { break }
'not printed'
