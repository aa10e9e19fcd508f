# ${name} delimits a variable name; any characters may appear inside braces.
$x = 'ab'
"${x}y"
"$x-suffix"
"$x`y"
${my var} = 5
"value: ${my var}"
"$x$x"
"${x}:"
