# A break or continue label in a class method must name a loop of the method around it (LabelNotFound); a function's need not
$errors = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput("class A { static [int] foo() { while (1) { break some_label }; return 1 } }", [ref]$null, [ref]$errors)
$errors.Count; $errors[0].ErrorId; $errors[0].Message
$null = [System.Management.Automation.Language.Parser]::ParseInput("class A { static [int] foo() { :outer while (1) { foreach (`$x in 1) { continue outer } }; return 1 } }", [ref]$null, [ref]$errors)
$errors.Count
class B { static [int] foo() { :l foreach ($i in 1..3) { if ($i -eq 2) { break l } }; return $i } }
[B]::foo()
$null = [System.Management.Automation.Language.Parser]::ParseInput("function f { while (1) { break some_label } }", [ref]$null, [ref]$errors)
$errors.Count
