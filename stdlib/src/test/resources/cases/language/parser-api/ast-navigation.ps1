using namespace System.Management.Automation.Language
# Walking an AST: types, properties, parents, Find and FindAll.
$text = @'
param([string] $Name = 'world')
$greeting = "Hello, $Name"
if ($Name -eq 'x') { Write-Host 'x' } elseif ($env:USER) { 2 } else { $list = @(1, 2); $list[0] }
$f = { param($a) Get-Item $a }
'@
$ast = [Parser]::ParseInput($text, [ref]$null, [ref]$null)
$ast.GetType().FullName
"$($ast.ParamBlock.Parameters[0].Name) default $($ast.ParamBlock.Parameters[0].DefaultValue.Value)"
$ast.ParamBlock.Parameters[0].Attributes[0].TypeName.Name
$ast.EndBlock.Statements.Count
$ast.EndBlock.Unnamed
$ast.EndBlock.BlockKind

# Types follow pwsh's hierarchy.
$assignment = $ast.EndBlock.Statements[0]
$assignment -is [AssignmentStatementAst]
$assignment -is [PipelineBaseAst]
$assignment -is [StatementAst]
$assignment -is [Ast]
$assignment -is [ExpressionAst]
$assignment.Operator
$assignment.Left.VariablePath.UserPath
$assignment.Right.GetType().Name
$assignment.Right.PipelineElements[0].Expression.GetType().Name
$assignment.Right.PipelineElements[0].Expression.NestedExpressions[0].VariablePath.UserPath
$literal = $ast.Find({ param($n) $n -is [StringConstantExpressionAst] }, $true)
"$($literal.Value) $($literal.StringConstantType) $($literal -is [ConstantExpressionAst])"

# Extents are pwsh's: 1-based lines and columns, 0-based offsets.
$if = $ast.EndBlock.Statements[1]
$e = $if.Extent
"{0}:{1}-{2}:{3} offsets {4}-{5}" -f $e.StartLineNumber, $e.StartColumnNumber, $e.EndLineNumber, $e.EndColumnNumber, $e.StartOffset, $e.EndOffset
$if.Clauses.Count
"$($if.Clauses[1])"
$if.Clauses[0].Item1.PipelineElements[0].Expression.Operator
$if.ElseClause.Statements.Count

# Parents lead back to the root.
$index = $ast.Find({ param($n) $n -is [IndexExpressionAst] }, $true)
$chain = @()
for ($node = $index; $node; $node = $node.Parent) { $chain += $node.GetType().Name }
$chain -join ' < '
$null -eq $ast.Parent

# Without nested script blocks, FindAll does not look inside { }.
$commands = { param($n) $n -is [CommandAst] }
($ast.FindAll($commands, $true) | ForEach-Object { $_.GetCommandName() }) -join ', '
($ast.FindAll($commands, $false) | ForEach-Object { $_.GetCommandName() }) -join ', '
$ast.FindAll({ $true }, $true).Count -gt 20
$null -eq $ast.Find({ param($n) $n -is [TrapStatementAst] }, $true)

# Member and invocation expressions.
$m = [Parser]::ParseInput('$x.Name; [math]::Max(1, 2); ${y}?.Length', [ref]$null, [ref]$null)
$members = $m.FindAll({ param($n) $n -is [MemberExpressionAst] }, $true)
$members | ForEach-Object { "{0} {1} static={2} nullConditional={3}" -f $_.GetType().Name, $_.Member.Value, $_.Static, $_.NullConditional }
$members[1].Arguments.Count
$members[1].Expression.TypeName.FullName

# A script block's Ast, and a function's.
$sb = { param($a, $b) $a + $b }
$sb.Ast.GetType().Name
$sb.Ast.Parent.GetType().Name
$sb.Ast.ParamBlock.Parameters.Count
function Get-Double { param([int] $n) $n * 2 }
# A function's is its definition, whose text a runspace can run to define the function again.
$fn = (Get-Command Get-Double).ScriptBlock.Ast
$fn.GetType().Name
$fn.Name
$fn.Extent.Text
$fn.Body.EndBlock.Statements[0].ToString()
$p = [powershell]::Create()
$p.AddScript($fn.Extent.Text).Invoke()
$p.Commands.Clear()
$p.AddCommand('Get-Double').AddParameter('n', 21).Invoke()
