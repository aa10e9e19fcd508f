# default runs only for elements no clause matched, wherever it is written.
switch (1, 2, 3) {
    default { "default for $_" }
    2 { 'two' }
}
switch ('x') { default { 'only a default' } }
switch ('y') { 'z' { 'not printed' } }
'a switch without a match outputs nothing'
