package org.jposh.grammar.ast;

/**
 * {@code $( statements )}: the output of the statements as a value.
 */
public record SubExpressionAst(Extent extent, StatementBlockAst subExpression) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitSubExpression(this);
    }
}
