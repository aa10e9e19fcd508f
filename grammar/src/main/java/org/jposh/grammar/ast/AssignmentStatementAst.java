package org.jposh.grammar.ast;

/**
 * {@code left op right} with op one of {@code = += -= *= /= %= ??=}. The right side is a statement
 * ({@code $x = Get-Date}, {@code $x = if (...) {...}}); the left may be a variable, member, index, cast or a list of
 * them ({@code $a, $b = 1, 2}). {@code errorPosition} is the operator.
 */
public record AssignmentStatementAst(Extent extent, ExpressionAst left, TokenKind operator, StatementAst right,
        Extent errorPosition) implements PipelineBaseAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitAssignmentStatement(this);
    }
}
