package org.jposh.grammar.ast;

/**
 * {@code continue [label]}; the label is a bare word or an expression, or null.
 */
public record ContinueStatementAst(Extent extent, ExpressionAst label) implements StatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitContinueStatement(this);
    }
}
