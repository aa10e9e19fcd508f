package org.jposh.grammar.ast;

/**
 * {@code @( statements )}: the output of the statements, always as an array.
 */
public record ArrayExpressionAst(Extent extent, StatementBlockAst subExpression) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitArrayExpression(this);
    }
}
