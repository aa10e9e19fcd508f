package org.jposh.grammar.ast;

/**
 * Visits AST nodes by kind, as PowerShell's ICustomAstVisitor. Consumers dispatch through
 * {@link Ast#accept} rather than a type switch: a pattern switch spins a class at run time,
 * which costs start-up on every launch.
 */
public interface AstVisitor<R> {
    R visitScriptBlock(ScriptBlockAst ast);

    R visitParamBlock(ParamBlockAst ast);

    R visitNamedBlock(NamedBlockAst ast);

    R visitStatementBlock(StatementBlockAst ast);

    R visitParameter(ParameterAst ast);

    R visitAttribute(AttributeAst ast);

    R visitTypeConstraint(TypeConstraintAst ast);

    R visitNamedAttributeArgument(NamedAttributeArgumentAst ast);

    R visitCatchClause(CatchClauseAst ast);

    R visitPropertyMember(PropertyMemberAst ast);

    R visitFunctionMember(FunctionMemberAst ast);

    R visitFileRedirection(FileRedirectionAst ast);

    R visitMergingRedirection(MergingRedirectionAst ast);

    // statements

    R visitPipeline(PipelineAst ast);

    R visitPipelineChain(PipelineChainAst ast);

    R visitAssignmentStatement(AssignmentStatementAst ast);

    R visitIfStatement(IfStatementAst ast);

    R visitSwitchStatement(SwitchStatementAst ast);

    R visitForEachStatement(ForEachStatementAst ast);

    R visitForStatement(ForStatementAst ast);

    R visitWhileStatement(WhileStatementAst ast);

    R visitDoWhileStatement(DoWhileStatementAst ast);

    R visitDoUntilStatement(DoUntilStatementAst ast);

    R visitTryStatement(TryStatementAst ast);

    R visitTrap(TrapStatementAst ast);

    R visitBreakStatement(BreakStatementAst ast);

    R visitContinueStatement(ContinueStatementAst ast);

    R visitReturnStatement(ReturnStatementAst ast);

    R visitExitStatement(ExitStatementAst ast);

    R visitThrowStatement(ThrowStatementAst ast);

    R visitFunctionDefinition(FunctionDefinitionAst ast);

    R visitDataStatement(DataStatementAst ast);

    R visitUsingStatement(UsingStatementAst ast);

    R visitTypeDefinition(TypeDefinitionAst ast);

    // pipeline elements

    R visitCommand(CommandAst ast);

    R visitCommandExpression(CommandExpressionAst ast);

    R visitCommandParameter(CommandParameterAst ast);

    // expressions

    R visitTernaryExpression(TernaryExpressionAst ast);

    R visitBinaryExpression(BinaryExpressionAst ast);

    R visitUnaryExpression(UnaryExpressionAst ast);

    R visitAttributedExpression(AttributedExpressionAst ast);

    R visitConvertExpression(ConvertExpressionAst ast);

    R visitMemberExpression(MemberExpressionAst ast);

    R visitInvokeMemberExpression(InvokeMemberExpressionAst ast);

    R visitTypeExpression(TypeExpressionAst ast);

    R visitVariableExpression(VariableExpressionAst ast);

    R visitConstantExpression(ConstantExpressionAst ast);

    R visitStringConstantExpression(StringConstantExpressionAst ast);

    R visitExpandableStringExpression(ExpandableStringExpressionAst ast);

    R visitScriptBlockExpression(ScriptBlockExpressionAst ast);

    R visitArrayLiteral(ArrayLiteralAst ast);

    R visitHashtable(HashtableAst ast);

    R visitArrayExpression(ArrayExpressionAst ast);

    R visitParenExpression(ParenExpressionAst ast);

    R visitSubExpression(SubExpressionAst ast);

    R visitUsingExpression(UsingExpressionAst ast);

    R visitIndexExpression(IndexExpressionAst ast);
}
