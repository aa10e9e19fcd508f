# $input is the enumerator of an ArrayList of the input (pwsh's ScriptCommandProcessor): MoveNext, Current and Reset work
function Count-Twice { "first=" + @($input).Count; $input.Reset(); "after reset=" + @($input).Count; $input.GetType().FullName }
1, 2, 3 | Count-Twice
function Step-Input { $null = $input.MoveNext(); "current=" + $input.Current; foreach ($i in $input) { "rest $i" } }
7, 8, 9 | Step-Input
# in begin it is empty; in process it holds the current object alone, $null included
function Show-Blocks {
    begin { 'begin ' + $input.MoveNext() }
    process { 'process ' + $input.MoveNext() + ' [' + $input.Current + '] ' + $input.MoveNext() }
}
5, $null | Show-Blocks
function Get-NoInput { 'none ' + $input.MoveNext() }
Get-NoInput
