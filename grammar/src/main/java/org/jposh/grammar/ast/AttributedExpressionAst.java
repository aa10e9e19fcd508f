package org.jposh.grammar.ast;

/**
 * An expression preceded by an attribute, such as {@code [ValidateRange(1, 5)]$x} (on an assignment target).
 */
public record AttributedExpressionAst(Extent extent, AttributeAst attribute, ExpressionAst child)
        implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitAttributedExpression(this);
    }
}
