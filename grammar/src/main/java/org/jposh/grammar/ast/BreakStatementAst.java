package org.jposh.grammar.ast;

/**
 * {@code break [label]}; the label is a bare word or an expression, or null.
 */
public record BreakStatementAst(Extent extent, ExpressionAst label) implements StatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitBreakStatement(this);
    }
}
