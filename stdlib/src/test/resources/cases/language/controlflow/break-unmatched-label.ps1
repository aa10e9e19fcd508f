# A break whose label matches no enclosing loop unwinds out of the script, which ends silently.
foreach ($i in 1..3) {
    "i=$i"
    break nosuchlabel
}
'not printed'
