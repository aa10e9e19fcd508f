# $input enumerates the piped input in a function's end block.
function Double { foreach ($i in $input) { $i * 2 } }
1..3 | Double
function CountInput { @($input).Count }
'a', 'b' | CountInput
function InProcess { process { "$($input)" } }
'x', 'y' | InProcess
