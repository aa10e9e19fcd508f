package org.jposh.grammar.ast;

/**
 * Visits AST nodes by kind, as PowerShell's ICustomAstVisitor. Consumers dispatch through
 * {@link Ast#accept} rather than a type switch: a pattern switch spins a class at run time,
 * which costs start-up on every launch.
 */
public interface AstVisitor<R> {
    R visitScriptBlock(ScriptBlockAst ast);

    R visitPipeline(PipelineAst ast);

    R visitAssignmentStatement(AssignmentStatementAst ast);

    R visitExitStatement(ExitStatementAst ast);

    R visitCommand(CommandAst ast);

    R visitCommandExpression(CommandExpressionAst ast);

    R visitCommandParameter(CommandParameterAst ast);

    R visitBinaryExpression(BinaryExpressionAst ast);

    R visitUnaryExpression(UnaryExpressionAst ast);

    R visitConstantExpression(ConstantExpressionAst ast);

    R visitStringConstantExpression(StringConstantExpressionAst ast);

    R visitVariableExpression(VariableExpressionAst ast);

    R visitParenExpression(ParenExpressionAst ast);
}
