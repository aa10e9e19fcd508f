package org.jposh.grammar.ast;

/**
 * {@code target[index]} or {@code target?[index]}; a list index ({@code $a[0, 2]}) is an array literal.
 */
public record IndexExpressionAst(Extent extent, ExpressionAst target, ExpressionAst index, boolean nullConditional)
        implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitIndexExpression(this);
    }
}
