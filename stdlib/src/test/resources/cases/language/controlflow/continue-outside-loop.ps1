# continue outside any loop ends the script without an error, as break does.
'before'
continue
'not printed'
