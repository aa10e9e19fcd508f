package org.jposh.grammar.ast;

/** {@code left = right}, where the right side is itself a statement (so {@code $x = Get-Date} works). */
public record AssignmentStatementAst(Extent extent, ExpressionAst left, TokenKind operator, StatementAst right)
        implements StatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitAssignmentStatement(this);
    }
}
